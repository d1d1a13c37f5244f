namespace Extractor.Core.Documents;

/// <summary>One cell of a table, placed at its origin in the grid.</summary>
/// <param name="Text">The cell text exactly as found (wrapped parts joined with a space where the source wrapped).</param>
/// <param name="Row">0-based grid row of the cell's top edge.</param>
/// <param name="Column">0-based grid column of the cell's left edge (after expanding row and column spans).</param>
/// <param name="RowSpan">Rows the cell covers (1 when not merged).</param>
/// <param name="ColumnSpan">Columns the cell covers (1 when not merged).</param>
/// <param name="At">Where the cell is in the source.</param>
public sealed record TableCell(string Text, int Row, int Column, int RowSpan, int ColumnSpan, SourceLocation At)
{
    /// <summary>
    /// True when the reader could not tell what this cell holds (digits of several cells glued together with more than
    /// one valid split); <see cref="Text"/> then holds the raw run it came from, and the cell is mapped as text, never as a number.
    /// </summary>
    public bool IsUncertain { get; init; }
}
