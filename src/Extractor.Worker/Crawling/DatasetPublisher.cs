using Extractor.Core.Pipeline;
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
        // The cross-report rules need every report at once, so the results are held in memory for this step.
        var reports = _store.CurrentResults().Select(r => ReportJsonReader.Read(r.Json)).ToList();
        var checkedReports = ReportParser.CheckAcross(reports);
        await _writer.WriteAsync(checkedReports, _paths.OutputFolder, cancellationToken).ConfigureAwait(false);
        var failed = 0;
        foreach (var report in checkedReports.Where(r => r.Status == ReportStatus.Failed))
        {
            failed++;
            var why = report.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error)?.Message ?? "no reason recorded";
            Log.Problem(_logger, report.Source.Uri, "failed", why);
        }

        Log.DatasetsWritten(_logger, checkedReports.Count, failed, _paths.OutputFolder);
        return (checkedReports.Count, failed);
    }
}
