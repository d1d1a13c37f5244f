using Extractor.Core.Records;
using Extractor.Core.Writing;
using Extractor.Output;
using Extractor.Worker.Hosting;
using Extractor.Worker.Publishing;
using Extractor.Worker.State;
using Microsoft.Extensions.Logging;

namespace Extractor.Worker.Crawling;

/// <summary>Rebuilds the datasets of the crawl from the stored results alone, through the one publish path.</summary>
internal sealed class DatasetPublisher
{
    private readonly IStateStore _store;
    private readonly IDatasetWriter _writer;
    private readonly PipelinePaths _paths;
    private readonly ILogger<DatasetPublisher> _logger;

    public DatasetPublisher(IStateStore store, IDatasetWriter writer, PipelinePaths paths, ILogger<DatasetPublisher> logger)
    {
        _store = store;
        _writer = writer;
        _paths = paths;
        _logger = logger;
    }

    /// <summary>
    /// Writes the datasets and returns (reports, failed reports). With shared state one worker at a time publishes (an
    /// advisory lock); a worker that finds it taken only counts, since the one holding it writes the same snapshot.
    /// </summary>
    public async Task<(int Reports, int Failed)> PublishAsync(CancellationToken cancellationToken)
    {
        using var turn = _store.TryLockPublishing();
        if (turn is null)
        {
            Log.PublishedElsewhere(_logger);
            var all = _store.CurrentResults().Select(r => r.Status).ToList();
            return (all.Count, all.Count(s => s == "failed"));
        }

        // The same publish path as `parse`; the state store is the spool (read twice: its cross-report index is built
        // from it first, since its reports were read over many passes). The crawl adds its own tables: reports.withdrawn
        // and crawl_log (the run report, all passes).
        var failed = 0;
        var writer = _writer is DatasetWriter full
            ? new CrawlDatasetWriter(full, new CrawlRecords { Withdrawn = _store.Withdrawn(), Log = [.. _store.SiteRuns().Select(s => s.ToEntry())] })
            : _writer;
        var count = await ReportPublisher.PublishAsync(new StateSpool(_store), index: null, json: null, writer, _paths.OutputFolder, Count, cancellationToken).ConfigureAwait(false);
        Log.DatasetsWritten(_logger, count, failed, _paths.OutputFolder);
        await Cli.ReportCommand.PublishAsync(_paths.OutputFolder, _paths.StateFolder, _logger, cancellationToken).ConfigureAwait(false);
        return (count, failed);

        void Count(ReportResult report)
        {
            if (report.Status == ReportStatus.Failed)
            {
                failed++;
                var why = report.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? "no reason recorded";
                Log.Problem(_logger, report.Source.Uri, "failed", why);
            }
        }
    }
}
