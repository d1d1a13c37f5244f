using System.Threading.Channels;
using Extractor.Worker.Hosting;
using Extractor.Worker.Progress;
using Extractor.Worker.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Crawling;

/// <summary>
/// Runs one pass over every source. The frontier is scheduled by host, like Scrapy's downloader slots: one lane per
/// host with queued URLs, up to <see cref="ConcurrencyOptions.MaxHosts"/> lanes at once, each taking its host's items
/// one by one (the throttle keeps the delay, Crawl-delay and one connection per host; the resilience handler keeps
/// Retry-After and the host's circuit breaker). Fetched documents go to a bounded queue that
/// <see cref="ConcurrencyOptions.ReadParallelism"/> readers empty: reading and checking never hold a fetch lane.
/// A stop request lets the lanes finish their current fetch and the readers their queue, then the pass ends.
/// </summary>
internal sealed class Crawler
{
    private readonly IStateStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly DatasetPublisher _publisher;
    private readonly RobotsCache _robots;
    private readonly PipelineOptions _options;
    private readonly PipelinePaths _paths;
    private readonly TimeProvider _time;
    private readonly ILogger<Crawler> _logger;

    public Crawler(
        IStateStore store,
        IServiceScopeFactory scopes,
        DatasetPublisher publisher,
        RobotsCache robots,
        IOptions<PipelineOptions> options,
        PipelinePaths paths,
        TimeProvider time,
        ILogger<Crawler> logger)
    {
        _store = store;
        _scopes = scopes;
        _publisher = publisher;
        _robots = robots;
        _options = options.Value;
        _paths = paths;
        _time = time;
        _logger = logger;
    }

    public async Task<PassOutcome> RunPassAsync(CancellationToken stoppingToken)
    {
        var started = _time.GetTimestamp();
        var rules = _options.Sources.ToDictionary(s => s.Name, s => new SourceRules(s, _paths.ConfigDirectory), StringComparer.Ordinal);
        var seeds = rules.Values.SelectMany(r => r.Seeds).ToList();
        var (passId, resumed) = _store.BeginPass(seeds, rules.Keys);
        _robots.Clear();
        Log.PassStarted(_logger, passId, resumed ? (_store.Shared ? "joined" : "resumed") : "started", seeds.Count, rules.Count);

        using var progress = ProgressReporter.ForStandardError("sites", rules.Count, _time);
        progress.UnitsDone = () => Math.Max(0, rules.Count - _store.OpenSources());
        progress.RemainingDocuments = _store.OpenItems;

        var run = new PassRun(this, passId, rules, progress, stoppingToken, claimedBefore: 0);
        await run.RunAsync().ConfigureAwait(false);
        var documents = run.Documents;
        var counts = run.Counts;
        var limitReached = run.LimitReached;

        // Shared state: the pass is over only when no worker holds items any more. Until then look again now and then;
        // what a crashed worker held comes back when its lease expires, and another worker's listings may queue more.
        var waitingFor = -1;
        while (_store.Shared && !stoppingToken.IsCancellationRequested && !limitReached && _store.OpenItems() is var open and > 0)
        {
            if (open != waitingFor)
            {
                Log.WaitingForOthers(_logger, open);
                waitingFor = open;
            }

            try
            {
                await Task.Delay(_options.State.PollInterval, _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            run = new PassRun(this, passId, rules, progress, stoppingToken, documents);
            await run.RunAsync().ConfigureAwait(false);
            documents += run.Documents;
            limitReached = run.LimitReached;
            foreach (var (state, count) in run.Counts)
            {
                counts[state] = counts.GetValueOrDefault(state) + count;
            }
        }

        progress.Finish();

        if (stoppingToken.IsCancellationRequested)
        {
            Log.PassInterrupted(_logger, passId, documents);
            return new PassOutcome(Completed: false, documents, Reports: 0, NotRead: 0);
        }

        if (limitReached)
        {
            Log.PassLimit(_logger, passId, _options.Limits.MaxDocumentsPerPass, _store.SkipRemaining("limits:maxDocumentsPerPass reached"));
        }

        _store.FinishPass(passId);
        var problems = _store.Problems();
        foreach (var (url, state, reason) in problems)
        {
            Log.Problem(_logger, url, StateStore.Name(state), reason ?? string.Empty);
        }

        var sites = _store.SiteRuns(passId);
        foreach (var site in sites)
        {
            Log.SiteSummary(
                _logger, site.Source, site.Documents, site.Requests, site.Bytes, site.Read, site.Unchanged, site.Failed, site.Blocked, site.Withdrawn, site.Time,
                site.FirstError is null ? string.Empty : "; first error: " + site.FirstError);
        }

        var failedSites = sites.Where(s => s.Failed + s.Blocked > 0).Select(s => s.Source).ToList();
        if (failedSites.Count > 0)
        {
            Log.SitesFailed(_logger, failedSites.Count, rules.Count, string.Join(", ", failedSites.Take(50)) + (failedSites.Count > 50 ? " …" : string.Empty));
        }

        var (reports, failedReports) = await _publisher.PublishAsync(CancellationToken.None).ConfigureAwait(false);
        Log.PassFinished(
            _logger,
            passId,
            _time.GetElapsedTime(started),
            documents,
            counts.GetValueOrDefault(FrontierState.Parsed) + counts.GetValueOrDefault(FrontierState.Fetched),
            counts.GetValueOrDefault(FrontierState.Unchanged),
            counts.GetValueOrDefault(FrontierState.Failed),
            counts.GetValueOrDefault(FrontierState.Blocked),
            counts.GetValueOrDefault(FrontierState.Skipped));
        if (_store is PostgresStateStore shared && documents > 0)
        {
            Log.SharedStateCost(_logger, shared.DatabaseTime.TotalMilliseconds / documents, documents);
        }

        return new PassOutcome(Completed: true, documents, reports, problems.Count + failedReports);
    }

    /// <summary>The moving parts of one pass: the lanes, the read queue and its readers, and the counts.</summary>
    private sealed class PassRun
    {
        private readonly Crawler _crawler;
        private readonly long _passId;
        private readonly Dictionary<string, SourceRules> _rules;
        private readonly ProgressReporter _progress;
        private readonly CancellationToken _stop;
        private readonly Channel<ReadJob> _reads;
        private readonly Lock _gate = new();
        private readonly Dictionary<FrontierState, int> _counts = [];
        private readonly HashSet<string> _discovered = new(StringComparer.OrdinalIgnoreCase);
        private TaskCompletionSource _wake = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private System.Runtime.ExceptionServices.ExceptionDispatchInfo? _fault;
        private int _claimed;
        private int _documents;
        private int _readsInFlight;

        public PassRun(Crawler crawler, long passId, Dictionary<string, SourceRules> rules, ProgressReporter progress, CancellationToken stop, int claimedBefore)
        {
            _claimed = claimedBefore;
            _crawler = crawler;
            _passId = passId;
            _rules = rules;
            _progress = progress;
            _stop = stop;
            var readers = crawler._options.Concurrency.EffectiveReadParallelism;

            // Bounded: fetched bodies wait for a reader here, and lanes wait when it is full, so memory stays bounded.
            _reads = Channel.CreateBounded<ReadJob>(new BoundedChannelOptions(readers * 2) { SingleReader = false, SingleWriter = false });
        }

        public int Documents => Volatile.Read(ref _documents);

        public bool LimitReached { get; private set; }

        public Dictionary<FrontierState, int> Counts
        {
            get
            {
                lock (_gate)
                {
                    return new Dictionary<FrontierState, int>(_counts);
                }
            }
        }

        public async Task RunAsync()
        {
            var options = _crawler._options.Concurrency;
            var readers = Enumerable.Range(0, options.EffectiveReadParallelism).Select(_ => Task.Run(ReadLoopAsync)).ToList();
            var lanes = new Dictionary<string, Task>(StringComparer.OrdinalIgnoreCase);
            var pending = new List<string>(_crawler._store.QueuedHosts());
            try
            {
                while (true)
                {
                    Task wake;
                    lock (_gate)
                    {
                        foreach (var host in _discovered)
                        {
                            if (!pending.Contains(host, StringComparer.OrdinalIgnoreCase))
                            {
                                pending.Add(host);
                            }
                        }

                        _discovered.Clear();
                        wake = _wake.Task;
                    }

                    foreach (var (host, lane) in lanes.Where(l => l.Value.IsCompleted).ToList())
                    {
                        await lane.ConfigureAwait(false); // a lane's bug surfaces here instead of vanishing
                        lanes.Remove(host);
                    }

                    if (!_stop.IsCancellationRequested && !LimitReached && _fault is null)
                    {
                        for (var i = 0; i < pending.Count && lanes.Count < options.MaxHosts; i++)
                        {
                            if (!lanes.ContainsKey(pending[i]))
                            {
                                var host = pending[i];
                                pending.RemoveAt(i--);
                                lanes[host] = Task.Run(() => LaneAsync(host));
                            }
                        }
                    }

                    bool idle;
                    lock (_gate)
                    {
                        idle = lanes.Count == 0 && Volatile.Read(ref _readsInFlight) == 0 && _discovered.Count == 0
                            && (pending.Count == 0 || _stop.IsCancellationRequested || LimitReached || _fault is not null);
                    }

                    if (idle)
                    {
                        break;
                    }

                    await Task.WhenAny(lanes.Values.Append(wake)).ConfigureAwait(false);
                    lock (_gate)
                    {
                        if (_wake.Task.IsCompleted)
                        {
                            _wake = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                        }
                    }
                }
            }
            finally
            {
                _reads.Writer.TryComplete();
                await Task.WhenAll(readers).ConfigureAwait(false);
            }

            // A store or archive error (disk full …) ends the pass as a crash; the items it hit stay "fetching" and are
            // fetched again when the pass resumes.
            _fault?.Throw();
        }

        // One host's items, one at a time, until it has none queued (or the pass stops).
        private async Task LaneAsync(string host)
        {
            while (!_stop.IsCancellationRequested && _fault is null)
            {
                if (Interlocked.Increment(ref _claimed) > _crawler._options.Limits.MaxDocumentsPerPass)
                {
                    LimitReached = true;
                    Signal();
                    return;
                }

                var item = _crawler._store.Claim(host);
                if (item is null)
                {
                    Interlocked.Decrement(ref _claimed);
                    return;
                }

                Interlocked.Increment(ref _readsInFlight);
                var scope = _crawler._scopes.CreateAsyncScope();
                try
                {
                    FetchResult fetched;
                    if (_rules.TryGetValue(item.Source, out var rules))
                    {
                        var processor = scope.ServiceProvider.GetRequiredService<DocumentProcessor>();
                        fetched = await processor.FetchAsync(item, rules).ConfigureAwait(false);
                    }
                    else
                    {
                        fetched = new FetchResult(FetchStatus.Skipped, $"source '{item.Source}' is no longer configured");
                    }

                    // Not cancellable: a fetched item is always handed on, so that a stop never loses it.
                    await _reads.Writer.WriteAsync(new ReadJob(item, rules, fetched, scope), CancellationToken.None).ConfigureAwait(false);
                }
                catch
                {
                    await scope.DisposeAsync().ConfigureAwait(false);
                    Interlocked.Decrement(ref _readsInFlight);
                    throw;
                }
            }
        }

        private async Task ReadLoopAsync()
        {
            await foreach (var job in _reads.Reader.ReadAllAsync().ConfigureAwait(false))
            {
                try
                {
                    FrontierState state;
                    IReadOnlyCollection<string> newHosts = [];
                    if (job.Rules is null)
                    {
                        var completion = new ItemCompletion { Item = job.Item, State = FrontierState.Skipped, Reason = job.Fetched.Reason };
                        _crawler._store.Complete(_passId, completion);
                        state = FrontierState.Skipped;
                    }
                    else
                    {
                        var processor = job.Scope.ServiceProvider.GetRequiredService<DocumentProcessor>();
                        (state, newHosts) = await processor.FinishAsync(_passId, job.Item, job.Rules, job.Fetched).ConfigureAwait(false);
                    }

                    Interlocked.Increment(ref _documents);
                    _progress.DocumentDone(state is FrontierState.Failed or FrontierState.Blocked);
                    lock (_gate)
                    {
                        _counts[state] = _counts.GetValueOrDefault(state) + 1;
                        _discovered.UnionWith(newHosts);
                    }
                }
#pragma warning disable CA1031 // Kept and rethrown once the lanes have stopped; a dead reader must not leave lanes waiting on a full queue.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    lock (_gate)
                    {
                        _fault ??= System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(ex);
                    }
                }
                finally
                {
                    await job.Scope.DisposeAsync().ConfigureAwait(false);
                    Interlocked.Decrement(ref _readsInFlight);
                    Signal();
                }
            }
        }

        private void Signal()
        {
            lock (_gate)
            {
                _wake.TrySetResult();
            }
        }

        private sealed record ReadJob(FrontierItem Item, SourceRules? Rules, FetchResult Fetched, AsyncServiceScope Scope);
    }
}
