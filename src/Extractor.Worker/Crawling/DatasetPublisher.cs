using Extractor.Core.Checks;
using Extractor.Core.Records;
using Extractor.Core.Writing;
using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Microsoft.Extensions.Logging;

namespace Extractor.Worker.Crawling;

/// <summary>Rebuilds the datasets from the stored results alone: read back, check across reports, write.</summary>
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
        // Streamed from the state store twice (cross-report rules first, then the writer), so memory stays bounded
        // however many reports the crawl has gathered.
        int count = 0, failed = 0;
        var checkedReports = ReportChecker.CheckAcrossStreaming(() => _store.CurrentResults().Select(r => ReportJsonReader.Read(r.Json)));
        await _writer.WriteAsync(Count(checkedReports), _paths.OutputFolder, cancellationToken).ConfigureAwait(false);
        Log.DatasetsWritten(_logger, count, failed, _paths.OutputFolder);
        await Cli.ReportCommand.PublishAsync(_paths.OutputFolder, _paths.StateFolder, _logger, cancellationToken).ConfigureAwait(false);
        return (count, failed);

        IEnumerable<ReportResult> Count(IEnumerable<ReportResult> reports)
        {
            foreach (var report in reports)
            {
                count++;
                if (report.Status == ReportStatus.Failed)
                {
                    failed++;
                    var why = report.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? "no reason recorded";
                    Log.Problem(_logger, report.Source.Uri, "failed", why);
                }

                yield return report;
            }
        }
    }
}
