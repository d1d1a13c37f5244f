using Extractor.Core.Records;

namespace Extractor.Core.Writing;

/// <summary>Writes the datasets (reports, cells, wide tables, checks, sections, diagnostics) for a set of reports.</summary>
public interface IDatasetWriter
{
    /// <summary>
    /// Writes the datasets for <paramref name="reports"/> into <paramref name="directory"/>, replacing what was there
    /// only once everything is written. The reports are enumerated once, so a caller can stream them from disk.
    /// </summary>
    /// <param name="reports">The reports, checks included, in the order the rows should appear.</param>
    /// <param name="directory">The output folder; created when missing.</param>
    /// <param name="cancellationToken">Stops the write; the previous datasets stay in place.</param>
    Task WriteAsync(IEnumerable<ReportResult> reports, string directory, CancellationToken cancellationToken = default);
}
