using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Core.Records;

namespace Extractor.Html.Tables;

/// <summary>Places the cells of an HTML table on a true grid by expanding rowspan and colspan (the HTML table model).</summary>
internal static class TableGridBuilder
{
    /// <summary>The largest colspan HTML honours.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>
    /// Lays out <paramref name="rows"/>: each cell takes the first grid column its row has free after the cells
    /// spanning down from the rows above, so that Row and Column are grid coordinates, not positions in the markup.
    /// </summary>
    /// <param name="rows">Cells per &lt;tr&gt;, in source order; rows may be ragged.</param>
    /// <param name="table">1-based index of the table in the document, for locations.</param>
    /// <param name="diagnostics">Receives a note when a rowspan reaches past the last row and is cut.</param>
    public static IReadOnlyList<IReadOnlyList<TableCell>> RowsToGrid(IReadOnlyList<IReadOnlyList<RawCell>> rows, int table, ICollection<Diagnostic> diagnostics)
    {
        var occupied = new HashSet<(int Row, int Column)>();
        var grid = new List<IReadOnlyList<TableCell>>(rows.Count);
        var cut = 0;
        for (var row = 0; row < rows.Count; row++)
        {
            var remaining = rows.Count - row;
            var cells = new List<TableCell>(rows[row].Count);
            var column = 0;
            foreach (var raw in rows[row])
            {
                while (occupied.Contains((row, column)))
                {
                    column++;
                }

                var rowSpan = raw.RowSpan <= 0 ? remaining : raw.RowSpan;
                if (rowSpan > remaining)
                {
                    rowSpan = remaining;
                    cut++;
                }

                var columnSpan = Math.Clamp(raw.ColumnSpan, 1, MaxColumnSpan);
                for (var r = 0; r < rowSpan; r++)
                {
                    for (var c = 0; c < columnSpan; c++)
                    {
                        occupied.Add((row + r, column + c));
                    }
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
                string.Create(CultureInfo.InvariantCulture, $"{cut} cell(s) had a rowspan past the last row of the table and were cut to fit"),
                new SourceLocation(Table: table).ToString(),
                Severity.Info));
        }

        return grid;
    }
}
