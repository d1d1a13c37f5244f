using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Core.Text;

namespace Extractor.Core.Reading.Docx;

/// <summary>
/// Places the cells of a w:tbl on a true grid, with the HTML reader's conventions: each merged region is one cell at its
/// top-left origin with RowSpan and ColumnSpan. Word writes a vertical merge as a w:vMerge="restart" cell followed by
/// w:vMerge continue cells in the same grid column of the rows below; those become the origin's RowSpan.
/// </summary>
internal static class DocxTableGrid
{
    /// <summary>The largest column span honoured, as in HTML.</summary>
    public const int MaxColumnSpan = 1000;

    /// <summary>Lays out <paramref name="table"/>; cell text comes from <paramref name="cellText"/>.</summary>
    /// <param name="table">The table as written.</param>
    /// <param name="index">1-based index of the table in the document, for locations.</param>
    /// <param name="cellText">Joins a cell's paragraphs and nested tables into its text.</param>
    /// <param name="diagnostics">Receives a note when merge marks did not fit together and were repaired.</param>
    /// <param name="cancellation">The document's budget or the run's stop, checked per row.</param>
    public static IReadOnlyList<IReadOnlyList<TableCell>> RowsToGrid(DocxTable table, int index, Func<DocxCell, string> cellText, ICollection<Diagnostic> diagnostics, CancellationToken cancellation = default)
    {
        var placed = new List<List<Placed>>(table.Rows.Count);
        var open = new Dictionary<int, Placed>();
        var orphans = 0;
        for (var row = 0; row < table.Rows.Count; row++)
        {
            cancellation.ThrowIfCancellationRequested();
            var cells = new List<Placed>(table.Rows[row].Cells.Count);
            var stillOpen = new Dictionary<int, Placed>();
            var column = Math.Min(table.Rows[row].GridBefore, MaxColumnSpan);
            foreach (var cell in table.Rows[row].Cells)
            {
                var span = Math.Clamp(cell.GridSpan, 1, MaxColumnSpan);
                var text = cellText(cell);
                if (cell.VerticalMerge == DocxMerge.Continue && open.TryGetValue(column, out var origin) && origin.ColumnSpan == span)
                {
                    origin.RowSpan++;
                    origin.Append(text);
                    stillOpen[column] = origin;
                }
                else if (cell.HorizontalMerge == DocxMerge.Continue && cells.Count > 0 && cells[^1].Column + cells[^1].ColumnSpan == column)
                {
                    cells[^1].ColumnSpan += span;
                    cells[^1].Append(text);
                }
                else
                {
                    if (cell.VerticalMerge == DocxMerge.Continue)
                    {
                        orphans++;
                    }

                    var started = new Placed(text, row, column, span);
                    cells.Add(started);
                    if (cell.VerticalMerge != DocxMerge.None)
                    {
                        stillOpen[column] = started;
                    }
                }

                column += span;
            }

            open = stillOpen;
            placed.Add(cells);
        }

        if (orphans > 0)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.LayoutRepaired,
                string.Create(CultureInfo.InvariantCulture, $"{orphans} cell(s) continued a vertical merge that no cell above started (or of another width) and were kept as cells of their own"),
                new SourceLocation(Table: index).ToString(),
                Severity.Info));
        }

        return placed
            .Select(cells => (IReadOnlyList<TableCell>)cells
                .Select(c => new TableCell(c.Text, c.Row, c.Column, c.RowSpan, c.ColumnSpan, new SourceLocation(Table: index, Row: c.Row + 1, Column: c.Column + 1)))
                .ToList())
            .ToList();
    }

    private sealed class Placed(string text, int row, int column, int columnSpan)
    {
        public string Text { get; private set; } = text;

        public int Row { get; } = row;

        public int Column { get; } = column;

        public int RowSpan { get; set; } = 1;

        public int ColumnSpan { get; set; } = columnSpan;

        // Word moves text into the first cell when merging, but a hand-made file may leave some in the covered cells.
        public void Append(string more)
        {
            if (more.Length > 0)
            {
                Text = Text.Length == 0 ? more : InlineTextBuilder.Join([Text, more]);
            }
        }
    }
}
