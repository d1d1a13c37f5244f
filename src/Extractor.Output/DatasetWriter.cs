using Extractor.Core.Records;
using Extractor.Core.Writing;
using Extractor.Output.Files;
using Extractor.Output.Packaging;
using Extractor.Output.Tables;
using Extractor.Output.Workbook;

namespace Extractor.Output;

/// <summary>
/// Writes the research datasets as CSV, Parquet (one file per table or Hive partitions by year) and one Excel workbook,
/// with a `datapackage.json`: `reports`, `cells` (long), `active`, `applications`, `appeals` (wide), `checks`,
/// `sections`, `diagnostics`. The reports are streamed once, every file open at the same time, into a temporary folder
/// that replaces the target only when complete; the workbook is then built sheet by sheet from single Parquet files.
/// </summary>
public sealed class DatasetWriter : IDatasetWriter
{
    /// <summary>Temporary folders older than this are leftovers of a killed run, not the work of a writer still running.</summary>
    private static readonly TimeSpan s_staleAfter = TimeSpan.FromHours(1);

    private readonly DatasetWriterOptions _options;

    /// <summary>Creates a writer.</summary>
    /// <param name="options">What to write; null for the defaults (CSV without BOM, single-file Parquet, the workbook).</param>
    public DatasetWriter(DatasetWriterOptions? options = null)
    {
        _options = options ?? new DatasetWriterOptions();
        _options.Validate();
    }

    /// <inheritdoc/>
    public async Task WriteAsync(IEnumerable<ReportResult> reports, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (Path.GetDirectoryName(target) is { } parent)
        {
            Directory.CreateDirectory(parent);
        }

        // A run killed mid-write may have left the last good dataset renamed away, and temporary folders behind.
        AtomicDirectory.Recover(target, s_staleAfter);
        var temp = AtomicDirectory.CreateTemp(target);
        try
        {
            var dataset = new DatasetTarget(temp, _options);
            await WriteTablesAsync(reports, dataset, cancellationToken).ConfigureAwait(false);
            if (_options.WriteWorkbook)
            {
                await WorkbookWriter.WriteAsync(dataset, DatasetTables.All, cancellationToken).ConfigureAwait(false);
            }

            DataPackageWriter.Write(temp, DatasetTables.All, _options);
            cancellationToken.ThrowIfCancellationRequested();
            AtomicDirectory.Swap(temp, target);
        }
        catch
        {
            AtomicDirectory.TryDelete(temp);
            throw;
        }
    }

    private static async Task WriteTablesAsync(IEnumerable<ReportResult> reports, DatasetTarget target, CancellationToken cancellationToken)
    {
        await using var reportsOut = await TableWriter<ReportRow>.OpenAsync(target, DatasetTables.Reports, cancellationToken).ConfigureAwait(false);
        await using var cellsOut = await TableWriter<CellRow>.OpenAsync(target, DatasetTables.Cells, cancellationToken).ConfigureAwait(false);
        var wide = DatasetTables.Wide;
        var wideOut = new TableWriter<WideRow>[wide.Count];
        try
        {
            for (var i = 0; i < wide.Count; i++)
            {
                wideOut[i] = await TableWriter<WideRow>.OpenAsync(target, wide[i].Table, cancellationToken).ConfigureAwait(false);
            }

            await using var checksOut = await TableWriter<CheckRow>.OpenAsync(target, DatasetTables.Checks, cancellationToken).ConfigureAwait(false);
            await using var sectionsOut = await TableWriter<SectionRow>.OpenAsync(target, DatasetTables.Sections, cancellationToken).ConfigureAwait(false);
            await using var diagnosticsOut = await TableWriter<DiagnosticRow>.OpenAsync(target, DatasetTables.Diagnostics, cancellationToken).ConfigureAwait(false);

            foreach (var report in reports)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(report, nameof(reports));
                var id = ReportIds.For(report.Source);
                target.StartReport(report);

                await reportsOut.WriteAsync(ToReportRow(id, report), cancellationToken).ConfigureAwait(false);
                foreach (var cell in report.Cells)
                {
                    await cellsOut.WriteAsync(new CellRow(id, cell), cancellationToken).ConfigureAwait(false);
                }

                for (var i = 0; i < wide.Count; i++)
                {
                    foreach (var row in ToWideRows(id, report, wide[i]))
                    {
                        await wideOut[i].WriteAsync(row, cancellationToken).ConfigureAwait(false);
                    }
                }

                foreach (var check in report.Checks)
                {
                    await checksOut.WriteAsync(new CheckRow(id, check), cancellationToken).ConfigureAwait(false);
                }

                foreach (var (key, text) in report.Sections.AsPairs())
                {
                    await sectionsOut.WriteAsync(new SectionRow(id, key, text), cancellationToken).ConfigureAwait(false);
                }

                foreach (var diagnostic in report.Diagnostics)
                {
                    await diagnosticsOut.WriteAsync(new DiagnosticRow(id, diagnostic), cancellationToken).ConfigureAwait(false);
                }
            }

            await reportsOut.CompleteAsync(cancellationToken).ConfigureAwait(false);
            await cellsOut.CompleteAsync(cancellationToken).ConfigureAwait(false);
            foreach (var w in wideOut)
            {
                await w.CompleteAsync(cancellationToken).ConfigureAwait(false);
            }

            await checksOut.CompleteAsync(cancellationToken).ConfigureAwait(false);
            await sectionsOut.CompleteAsync(cancellationToken).ConfigureAwait(false);
            await diagnosticsOut.CompleteAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            foreach (var w in wideOut)
            {
                if (w is not null)
                {
                    await w.DisposeAsync().ConfigureAwait(false);
                }
            }
        }
    }

    private static ReportRow ToReportRow(string id, ReportResult report)
    {
        int pass = 0, fail = 0, notAssessable = 0;
        foreach (var check in report.Checks)
        {
            switch (check.Outcome)
            {
                case CheckOutcome.Pass:
                    pass++;
                    break;
                case CheckOutcome.Fail:
                    fail++;
                    break;
                default:
                    notAssessable++;
                    break;
            }
        }

        return new ReportRow(id, report, pass, fail, notAssessable);
    }

    // The rows of one table in the order the report's cells first name them (template order, then any deviating
    // row), each with its cells placed under the table's column keys. A repeated cell keeps its first value, as the
    // long `cells` table still shows every one.
    private static IEnumerable<WideRow> ToWideRows(string id, ReportResult report, WideTable table)
    {
        var rows = new OrderedDictionary<string, CellRecord?[]>(StringComparer.Ordinal);
        foreach (var cell in report.Cells)
        {
            if (cell.Table != table.Key)
            {
                continue;
            }

            if (!rows.TryGetValue(cell.Row, out var cells))
            {
                cells = new CellRecord?[table.ColumnKeys.Count];
                rows.Add(cell.Row, cells);
            }

            var index = table.IndexOf(cell.Col);
            if (index >= 0 && cells[index] is null)
            {
                cells[index] = cell;
            }
        }

        return rows.Select(r => new WideRow(id, r.Key, r.Value));
    }
}
