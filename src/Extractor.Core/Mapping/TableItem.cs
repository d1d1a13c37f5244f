using Extractor.Core.Documents;

namespace Extractor.Core.Mapping;

/// <summary>
/// One cell (or a short heading line) of a section's tables in reading order, with what the mapper needs to know
/// about it: its normalised text, what its text says, and where it sits.
/// </summary>
/// <param name="Cell">The cell as read; for a heading line, a cell made from the line.</param>
/// <param name="Block">Index of the block in the document.</param>
/// <param name="Layout">Whether the block's rows and columns are real.</param>
/// <param name="Norm">The normalised text used for label matching.</param>
/// <param name="Parsed">What the text says as a value.</param>
/// <param name="FromText">True for a heading line outside any table: it can name a group but never hold a value.</param>
internal sealed record TableItem(TableCell Cell, int Block, TableLayout Layout, string Norm, ParsedCell Parsed, bool FromText)
{
    /// <summary>True when the text is a number, blank or not-applicable mark, or a cell the reader could not split: it can only be a value.</summary>
    public bool IsValueLike => !FromText && (Parsed.Kind != Records.CellKind.Text || Cell.IsUncertain);
}
