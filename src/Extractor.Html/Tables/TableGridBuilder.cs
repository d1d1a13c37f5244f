using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Core.Records;

namespace Extractor.Html.Tables;

/// <summary>Places the cells of an HTML table on a true grid by expanding rowspan and colspan (the HTML table model).</summary>
internal static class TableGridBuilder
{
    /// <summary>The largest colspan HTML honours.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>The largest rowspan HTML honours.</summary>
    public const int MaxRowSpan = 65534;

    /// <summary>
    /// The most grid cells (rows × columns) of one table: a report table has a few hundred, a long list some ten
    /// thousands; a page that spans past a million (rowspan=0 colspan=1000 over 100,000 rows) is refused.
    /// </summary>
    public const long MaxGridCells = 1_000_000;

    /// <summary>
    /// Lays out <paramref name="rows"/>: each cell takes the first grid column its row has free after the cells
    /// spanning down from the rows above, so that Row and Column are grid coordinates, not positions in the markup.
    /// Spans are clamped as the HTML standard does (colspan 1–1000, rowspan up to 65534, rowspan 0 to the end of
    /// the row group) and cut at the end of the row group.
    /// </summary>
    /// <param name="rows">Cells per &lt;tr&gt;, in source order; rows may be ragged.</param>
    /// <param name="table">1-based index of the table in the document, for locations.</param>
    /// <param name="diagnostics">Receives a note when a rowspan reaches past the last row and is cut.</param>
    /// <param name="groupEnds">For each row, the index after the last row of its row group (thead, tbody, tfoot); null when the whole table is one group.</param>
    /// <exception cref="DocumentReadException">The grid would pass <see cref="MaxGridCells"/>.</exception>
    /// <param name="cancellation">The document's budget or the run's stop, checked per row.</param>
    public static IReadOnlyList<IReadOnlyList<TableCell>> RowsToGrid(IReadOnlyList<IReadOnlyList<RawCell>> rows, int table, ICollection<Diagnostic> diagnostics, IReadOnlyList<int>? groupEnds = null, CancellationToken cancellation = default)
    {
        // For each grid column, the first row below the cells spanning down into it: linear in the markup, whatever the spans claim.
        var busyUntil = new List<int>();
        var grid = new List<IReadOnlyList<TableCell>>(rows.Count);
        var cut = 0;
        for (var row = 0; row < rows.Count; row++)
        {
            cancellation.ThrowIfCancellationRequested();
            var groupEnd = groupEnds is null ? rows.Count : Math.Clamp(groupEnds[row], row + 1, rows.Count);
            var remaining = groupEnd - row;
            var cells = new List<TableCell>(rows[row].Count);
            var column = 0;
            foreach (var raw in rows[row])
            {
                while (column < busyUntil.Count && busyUntil[column] > row)
                {
                    column++;
                }

                var rowSpan = raw.RowSpan <= 0 ? remaining : Math.Min(raw.RowSpan, MaxRowSpan);
                if (rowSpan > remaining)
                {
                    rowSpan = remaining;
                    cut++;
                }

                var columnSpan = Math.Clamp(raw.ColumnSpan, 1, MaxColumnSpan);
                if ((long)rows.Count * (column + columnSpan) > MaxGridCells)
                {
                    throw new DocumentReadException(string.Create(
                        CultureInfo.InvariantCulture,
                        $"refused: table {table} would span {rows.Count} rows by {column + columnSpan} columns, more than the {MaxGridCells:N0} grid cells a table may have"));
                }

                while (busyUntil.Count < column + columnSpan)
                {
                    busyUntil.Add(0);
                }

                for (var c = column; c < column + columnSpan; c++)
                {
                    busyUntil[c] = row + rowSpan;
                }

                var at = new SourceLocation(Line: raw.Line, Table: table, Row: row + 1, Column: column + 1);
                cells.Add(new TableCell(raw.Text, row, column, rowSpan, columnSpan, at));
                column += columnSpan;
            }

            grid.Add(cells);
        }

        if (cut > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.LayoutRepaired,
                string.Create(CultureInfo.InvariantCulture, $"{cut} cell(s) had a rowspan past the end of their row group (thead, tbody, tfoot) and were cut to fit"),
                new SourceLocation(Table: table).ToString(),
                Severity.Info));
        }

        return grid;
    }
}
