using Extractor.Core.Documents;

namespace Extractor.Pdf.Tables;

/// <summary>Turns a found table into the shared document model, numbering it and locating each cell.</summary>
internal static class TableBlockBuilder
{
    public static TableBlock ToBlock(FoundTable table, int index)
    {
        var rows = table.Cells
            .GroupBy(static c => c.Row)
            .OrderBy(static g => g.Key)
            .Select(g => (IReadOnlyList<TableCell>)g.OrderBy(static c => c.Column).Select(c => ToCell(c, index)).ToList())
            .ToList();
        var at = new SourceLocation(Page: table.Page, Table: index, X: Round(table.Bounds.Left), Y: Round(table.Bounds.Top));
        return new TableBlock(rows, TableLayout.Grid, at);
    }

    private static TableCell ToCell(GridCell cell, int index) =>
        new(
            cell.Text,
            cell.Row,
            cell.Column,
            cell.RowSpan,
            cell.ColumnSpan,
            new SourceLocation(Page: cell.Page, Table: index, Row: cell.Row + 1, Column: cell.Column + 1, X: Round(cell.Box.Left), Y: Round(cell.Box.Top), OcrConfidence: cell.Confidence is { } c ? Math.Round(c) : null))
        {
            IsUncertain = cell.UnreadFigure,
        };

    private static double Round(double value) => Math.Round(value, 1);
}
