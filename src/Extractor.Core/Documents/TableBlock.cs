namespace Extractor.Core.Documents;

/// <summary>A table: its cells row by row, each cell listed once at its origin.</summary>
/// <param name="Rows">Rows in reading order; a row lists the cells whose top edge is on it, left to right.</param>
/// <param name="Layout">Whether rows and columns are real or only the reading order is known.</param>
/// <param name="At">Where the table starts.</param>
public sealed record TableBlock(IReadOnlyList<IReadOnlyList<TableCell>> Rows, TableLayout Layout, SourceLocation At) : Block(At)
{
    /// <summary>Every cell in reading order (row by row, left to right).</summary>
    public IEnumerable<TableCell> Cells => Rows.SelectMany(static r => r);
}
