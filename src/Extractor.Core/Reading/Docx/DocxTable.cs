namespace Extractor.Core.Reading.Docx;

/// <summary>A w:tbl as written: rows of cells with their spans and merge marks, before placement on the grid.</summary>
internal sealed record DocxTable(IReadOnlyList<DocxRow> Rows) : DocxNode
{
    /// <summary>Every cell in reading order.</summary>
    public IEnumerable<DocxCell> Cells => Rows.SelectMany(static r => r.Cells);
}
