using Extractor.Output.Tables;
using SpreadCheetah;
using SpreadCheetah.Worksheets;

namespace Extractor.Output.Workbook;

/// <summary>
/// The first sheet, `README`: what the workbook is, one line per sheet, then every coded column's keys with their
/// meaning (cell kinds, report statuses, check outcomes and severities, table/row/column keys with their Chinese
/// labels), all taken from the dataset descriptions so that a new table or key explains itself.
/// </summary>
internal static class WorkbookReadme
{
    public const string SheetName = "README";

    private static readonly string[] s_introduction =
    [
        "Tables read from Chinese government information-disclosure annual reports, and the results of their arithmetic checks (勾稽关系).",
        "Each sheet is one dataset: row 1 holds the column keys (the CSV and Parquet column names), row 2 their Chinese labels; data starts in row 3.",
        "Join every sheet to `reports` on report_id. Numbers are number cells (a blank cell is never 0: see the kind columns), dates are date cells, text is text.",
        "Text cells use the Text format, so a value such as =SUM(A1) or -18 stays text when edited; the CSV files prefix such text with ' instead.",
        "A table longer than Excel's 1,048,576 rows continues on a sheet named `table (2)`; the CSV and Parquet files hold every table whole.",
        "Checks: outcome pass / fail / not_assessable, with the expected and actual values, the cells involved and their evidence.",
    ];

    public static async Task WriteAsync(Spreadsheet book, WorkbookStyles styles, IReadOnlyList<TableInfo> tables, CancellationToken cancellationToken)
    {
        var options = new WorksheetOptions();
        options.Column(1).Width = 28;
        options.Column(2).Width = 40;
        options.Column(3).Width = 100;
        await book.StartWorksheetAsync(SheetName, options, cancellationToken).ConfigureAwait(false);

        await book.AddRowAsync([new Cell("政府信息公开工作年度报告 datasets", styles.Title)], cancellationToken).ConfigureAwait(false);
        foreach (var line in s_introduction)
        {
            await book.AddRowAsync([new Cell(line)], cancellationToken).ConfigureAwait(false);
        }

        await book.AddRowAsync(Array.Empty<Cell>(), cancellationToken).ConfigureAwait(false);
        await book.AddHeaderRowAsync(["sheet 工作表", "title 标题", "one row per 每行是"], styles.Label, cancellationToken).ConfigureAwait(false);
        foreach (var table in tables)
        {
            await book.AddRowAsync([new Cell(table.Name, styles.Text), new Cell(table.Title, styles.Text), new Cell(table.Description, styles.Text)], cancellationToken).ConfigureAwait(false);
        }

        // Each distinct list of keys once, under the first column that uses it (severity serves checks and diagnostics).
        var seen = new List<IReadOnlyDictionary<string, string>>();
        foreach (var table in tables)
        {
            foreach (var column in table.Columns.Where(c => c.Labels is not null))
            {
                var labels = column.Labels!;
                if (seen.Any(s => s.SequenceEqual(labels)))
                {
                    continue;
                }

                seen.Add(labels);
                await book.AddRowAsync(Array.Empty<Cell>(), cancellationToken).ConfigureAwait(false);
                await book.AddHeaderRowAsync([$"{table.Name}.{column.Name}", column.Label, column.Description], styles.Label, cancellationToken).ConfigureAwait(false);
                foreach (var (key, label) in labels)
                {
                    await book.AddRowAsync([new Cell(key, styles.Text), new Cell(label, styles.Text)], cancellationToken).ConfigureAwait(false);
                }
            }
        }
    }
}
