using System.Diagnostics;
using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Crawling;

/// <summary>
/// Runs one pass over every source: resume or start a pass, take queued URLs one by one (each in its own DI scope)
/// until none is left, then rebuild the datasets. A stop request ends it between two documents.
/// </summary>
internal sealed class Crawler
{
    private readonly StateStore _store;
    private readonly IServiceScopeFactory _scopes;
    private readonly DatasetPublisher _publisher;
    private readonly RobotsCache _robots;
    private readonly PipelineOptions _options;
    private readonly PipelinePaths _paths;
    private readonly ILogger<Crawler> _logger;

    public Crawler(
        StateStore store,
        IServiceScopeFactory scopes,
        DatasetPublisher publisher,
        RobotsCache robots,
        IOptions<PipelineOptions> options,
        PipelinePaths paths,
        ILogger<Crawler> logger)
    {
        _store = store;
        _scopes = scopes;
        _publisher = publisher;
        _robots = robots;
        _options = options.Value;
        _paths = paths;
        _logger = logger;
    }

    public async Task<PassOutcome> RunPassAsync(CancellationToken stoppingToken)
    {
        var clock = Stopwatch.StartNew();
        var rules = _options.Sources.ToDictionary(s => s.Name, s => new SourceRules(s, _paths.ConfigDirectory), StringComparer.Ordinal);
        var seeds = rules.Values.SelectMany(r => r.Seeds).ToList();
        var (passId, resumed) = _store.BeginPass(seeds, rules.Keys);
        _robots.Clear();
        Log.PassStarted(_logger, passId, resumed ? "resumed" : "started", seeds.Count, rules.Count);

        var documents = 0;
        var counts = new Dictionary<FrontierState, int>();
        while (!stoppingToken.IsCancellationRequested)
        {
            var item = _store.NextQueued();
            if (item is null)
            {
                break;
            }

            if (documents >= _options.Limits.MaxDocumentsPerPass)
            {
                Log.PassLimit(_logger, passId, _options.Limits.MaxDocumentsPerPass, _store.SkipRemaining("limits:maxDocumentsPerPass reached"));
                break;
            }

            FrontierState state;
            if (!rules.TryGetValue(item.Source, out var source))
            {
                _store.Complete(passId, new ItemCompletion { Item = item, State = FrontierState.Skipped, Reason = $"source '{item.Source}' is no longer configured" });
                state = FrontierState.Skipped;
            }
            else
            {
                var scope = _scopes.CreateAsyncScope();
                await using (scope.ConfigureAwait(false))
                {
                    var processor = scope.ServiceProvider.GetRequiredService<DocumentProcessor>();
                    state = await processor.ProcessAsync(passId, item, source).ConfigureAwait(false);
                }
            }

            documents++;
            counts[state] = counts.GetValueOrDefault(state) + 1;
        }

        if (stoppingToken.IsCancellationRequested)
        {
            Log.PassInterrupted(_logger, passId, documents);
            return new PassOutcome(Completed: false, documents, Reports: 0, NotRead: 0);
        }

        _store.FinishPass(passId);
        var problems = _store.Problems();
        foreach (var (url, state, reason) in problems)
        {
            Log.Problem(_logger, url, StateStore.Name(state), reason ?? string.Empty);
        }

        var (reports, failedReports) = await _publisher.PublishAsync(CancellationToken.None).ConfigureAwait(false);
        Log.PassFinished(
            _logger,
            passId,
            clock.Elapsed,
            documents,
            counts.GetValueOrDefault(FrontierState.Parsed) + counts.GetValueOrDefault(FrontierState.Fetched),
            counts.GetValueOrDefault(FrontierState.Unchanged),
            counts.GetValueOrDefault(FrontierState.Failed),
            counts.GetValueOrDefault(FrontierState.Blocked),
            counts.GetValueOrDefault(FrontierState.Skipped));
        return new PassOutcome(Completed: true, documents, reports, problems.Count + failedReports);
    }
}
