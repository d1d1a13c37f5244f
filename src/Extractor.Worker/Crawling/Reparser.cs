using System.Diagnostics;
using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Crawling;

/// <summary>
/// <c>run --reparse</c>: reads every current report version again from the raw archive with today's readers, stores the
/// new results and republishes; what a parser update needs, with no request to any site. The versions are claimed
/// through the same leases as the crawl, so several workers share the work; one publishes at the end.
/// </summary>
internal sealed class Reparser
{
    private readonly IStateStore _store;
    private readonly RawArchive _archive;
    private readonly ExtractionPipeline _parser;
    private readonly DatasetPublisher _publisher;
    private readonly PipelineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<Reparser> _logger;

    // Versions taken per claim: fewer round trips to the database; small, so the last ones still spread over the workers.
    private const int ClaimBatch = 4;

    public Reparser(IStateStore store, RawArchive archive, ExtractionPipeline parser, DatasetPublisher publisher, IOptions<PipelineOptions> options, TimeProvider time, ILogger<Reparser> logger)
    {
        _store = store;
        _archive = archive;
        _parser = parser;
        _publisher = publisher;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task<PassOutcome> RunAsync(CancellationToken stoppingToken)
    {
        var started = _time.GetTimestamp();
        var runId = _store.BeginReparse();
        var tally = new Tally();
        var loops = Enumerable.Range(0, _options.Concurrency.EffectiveReadParallelism)
            .Select(_ => Task.Run(() => LoopAsync(runId, tally, stoppingToken), CancellationToken.None))
            .ToList();
        await Task.WhenAll(loops).ConfigureAwait(false);

        var perDocument = tally.Documents == 0 ? 0 : tally.DatabaseTime.TotalMilliseconds / tally.Documents;
        Log.Reparsed(_logger, tally.Documents, _time.GetElapsedTime(started), tally.Missing, tally.Lost, runId, perDocument);
        if (stoppingToken.IsCancellationRequested)
        {
            return new PassOutcome(Completed: false, tally.Documents, Reports: 0, NotRead: 0);
        }

        _store.FinishReparse(runId);
        var (reports, failed) = await _publisher.PublishAsync(CancellationToken.None).ConfigureAwait(false);
        return new PassOutcome(Completed: true, tally.Documents, reports, failed + tally.Missing);
    }

    private async Task LoopAsync(long runId, Tally tally, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var claimed = Stopwatch.GetTimestamp();
            var batch = _store.ClaimReparse(runId, ClaimBatch);
            tally.AddDatabase(Stopwatch.GetElapsedTime(claimed));
            if (batch.Count == 0)
            {
                // Alone, nothing claimable means done; shared, others may still hold versions (or die holding them).
                if (!_store.Shared || _store.ReparseLeft(runId) == 0)
                {
                    return;
                }

                try
                {
                    await Task.Delay(_options.State.PollInterval, _time, stop).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }

                continue;
            }

            foreach (var item in batch)
            {
                string? status = null;
                string? json = null;
                if (_archive.Get(item.Sha256) is { } bytes)
                {
                    var source = ExtractionPipeline.Sniff(new SourceDocument(item.Url, bytes, item.Charset, item.ContentType));
                    var result = await _parser.ParseAsync(source).ConfigureAwait(false);
                    (status, json) = (ReportJsonWriter.Name(result.Status), ReportJsonWriter.ToJson(result));
                }
                else
                {
                    Log.ArchiveMissing(_logger, item.Url, item.Sha256);
                    Interlocked.Increment(ref tally.Missing);
                }

                var completing = Stopwatch.GetTimestamp();
                var kept = _store.CompleteReparse(runId, item, status, json);
                tally.AddDatabase(Stopwatch.GetElapsedTime(completing));
                Interlocked.Increment(ref kept ? ref tally.Documents : ref tally.Lost);
            }
        }
    }

    private sealed class Tally
    {
        public int Documents;
        public int Missing;
        public int Lost;
        private long _databaseTicks;

        public TimeSpan DatabaseTime => TimeSpan.FromTicks(Interlocked.Read(ref _databaseTicks));

        public void AddDatabase(TimeSpan elapsed) => Interlocked.Add(ref _databaseTicks, elapsed.Ticks);
    }
}
