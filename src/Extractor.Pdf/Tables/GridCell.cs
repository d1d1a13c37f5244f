using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Tables;

/// <summary>A cell of a found table at its grid origin, with its text once glyphs have been placed.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, Box Box, int Page)
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The OCR confidence (0–100) of the cell's least sure word, for a cell read from a page image; else null.</summary>
    public double? Confidence { get; set; }
}
