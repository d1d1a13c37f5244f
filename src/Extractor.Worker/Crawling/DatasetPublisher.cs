using Extractor.Core.Records;
using Extractor.Core.Writing;
using Extractor.Worker.Hosting;
using Extractor.Worker.Publishing;
using Extractor.Worker.State;
using Microsoft.Extensions.Logging;

namespace Extractor.Worker.Crawling;

/// <summary>Rebuilds the datasets of the crawl from the stored results alone, through the one publish path.</summary>
internal sealed class DatasetPublisher
{
    private readonly StateStore _store;
    private readonly IDatasetWriter _writer;
    private readonly PipelinePaths _paths;
    private readonly ILogger<DatasetPublisher> _logger;

    public DatasetPublisher(StateStore store, IDatasetWriter writer, PipelinePaths paths, ILogger<DatasetPublisher> logger)
    {
        _store = store;
        _writer = writer;
        _paths = paths;
        _logger = logger;
    }

    /// <summary>Writes the datasets and returns (reports, failed reports).</summary>
    public async Task<(int Reports, int Failed)> PublishAsync(CancellationToken cancellationToken)
    {
        // The same publish path as `parse`; the state store is the spool (read twice: its cross-report index is built
        // from it first, since its reports were read over many passes).
        var failed = 0;
        var count = await ReportPublisher.PublishAsync(new StateSpool(_store), index: null, json: null, _writer, _paths.OutputFolder, Count, cancellationToken).ConfigureAwait(false);
        Log.DatasetsWritten(_logger, count, failed, _paths.OutputFolder);
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
