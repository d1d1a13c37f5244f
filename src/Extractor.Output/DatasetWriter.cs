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
/// that replaces the target only when complete; the workbook is then built sheet by sheet from the values each table kept in a spool.
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
    public Task WriteAsync(IEnumerable<ReportResult> reports, string directory, CancellationToken cancellationToken = default)
        => WriteAsync(reports, directory, crawl: null, cancellationToken);

    /// <summary>Writes the datasets as <see cref="WriteAsync(IEnumerable{ReportResult}, string, CancellationToken)"/> does, plus what a crawl adds.</summary>
    /// <param name="reports">The reports, checks included, in the order the rows should appear.</param>
    /// <param name="directory">The output folder; created when missing.</param>
    /// <param name="crawl">The withdrawal dates (`reports.withdrawn`) and the run report (`crawl_log`); null for none.</param>
    /// <param name="cancellationToken">Stops the write; the previous datasets stay in place.</param>
    public async Task WriteAsync(IEnumerable<ReportResult> reports, string directory, CrawlRecords? crawl, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);

        var target = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        if (OutputFolder.Refusal(target) is { } refusal)
        {
            // Nothing the user owns is replaced: only a new or empty folder, or a dataset this tool wrote.
            throw new IOException(refusal);
        }

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
            await WriteTablesAsync(reports, dataset, crawl, cancellationToken).ConfigureAwait(false);
            var tables = DatasetTables.All;
            if (crawl is not null)
            {
                await WriteCrawlLogAsync(crawl.Log, dataset, cancellationToken).ConfigureAwait(false);
                tables = [.. tables, CrawlLogTable.Table.Info];
            }

            // The workbook holds the research tables only: crawl_log records the runs themselves, so it would make the
            // workbook differ between two crawls of the same sites (it stays in CSV, Parquet and the package).
            if (_options.WriteWorkbook)
            {
                await WorkbookWriter.WriteAsync(dataset, DatasetTables.All, cancellationToken).ConfigureAwait(false);
            }

            DataPackageWriter.Write(temp, tables, _options);
            cancellationToken.ThrowIfCancellationRequested();
            AtomicDirectory.Swap(temp, target);
        }
        catch
        {
            AtomicDirectory.TryDelete(temp);
            throw;
        }
    }

    /// <summary>
    /// Why <see cref="WriteAsync"/> would refuse <paramref name="directory"/> (a folder with files this tool did not
    /// write, or a file in the way), or null when a dataset may be written there. Lets a command refuse before any work.
    /// </summary>
    public static string? RefusalReason(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return OutputFolder.Refusal(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
    }

    /// <summary>True when <paramref name="directory"/> holds files this tool did not write, which it never replaces.</summary>
    public static bool IsForeignFolder(string directory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        return OutputFolder.Inspect(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory))) == OutputFolderState.Foreign;
    }

    private static async Task WriteCrawlLogAsync(IReadOnlyList<CrawlLogEntry> log, DatasetTarget target, CancellationToken cancellationToken)
    {
        await using var output = await TableWriter<CrawlLogEntry>.OpenAsync(target, CrawlLogTable.Table, cancellationToken).ConfigureAwait(false);
        foreach (var entry in log)
        {
            await output.WriteAsync(entry, cancellationToken).ConfigureAwait(false);
        }

        await output.CompleteAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async Task WriteTablesAsync(IEnumerable<ReportResult> reports, DatasetTarget target, CrawlRecords? crawl, CancellationToken cancellationToken)
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
            await using var legacyOut = await TableWriter<LegacyIndicatorRow>.OpenAsync(target, DatasetTables.LegacyIndicators, cancellationToken).ConfigureAwait(false);
            await using var statementsOut = await TableWriter<StatementRow>.OpenAsync(target, DatasetTables.Statements, cancellationToken).ConfigureAwait(false);

            foreach (var given in reports)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ArgumentNullException.ThrowIfNull(given, nameof(reports));

                // The same bound the pipeline applies, for reports that come from elsewhere (a spool, an older JSON).
                var report = ContractNumbers.Bound(given);
                var id = ReportIds.For(report.Source);
                target.StartReport(report);

                var withdrawn = crawl is not null && crawl.Withdrawn.TryGetValue(report.Source.Uri, out var date) ? date : null;
                await reportsOut.WriteAsync(ToReportRow(id, report) with { Withdrawn = withdrawn }, cancellationToken).ConfigureAwait(false);
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
                    await sectionsOut.WriteAsync(new SectionRow(id, key, text, report.Sections.AtOf(key) is { Length: > 0 } at ? at : null), cancellationToken).ConfigureAwait(false);
                }

                for (var i = 0; i < report.LegacyIndicators.Count; i++)
                {
                    await legacyOut.WriteAsync(new LegacyIndicatorRow(id, i, report.LegacyIndicators[i]), cancellationToken).ConfigureAwait(false);
                }

                for (var i = 0; i < report.Statements.Count; i++)
                {
                    await statementsOut.WriteAsync(new StatementRow(id, i, report.Statements[i]), cancellationToken).ConfigureAwait(false);
                }

                // Last, so that a number a Parquet file refused in any table above is this report's diagnostic too.
                foreach (var diagnostic in report.Diagnostics.Concat(target.TakeRefusals()))
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
            await legacyOut.CompleteAsync(cancellationToken).ConfigureAwait(false);
            await statementsOut.CompleteAsync(cancellationToken).ConfigureAwait(false);
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
