using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Tables;

/// <summary>A cell of a found table at its grid origin, with its text once glyphs have been placed.</summary>
internal sealed record GridCell(int Row, int Column, int RowSpan, int ColumnSpan, Box Box, int Page)
{
    public string Text { get; set; } = string.Empty;

    /// <summary>The OCR confidence (0–100) of the cell's least sure word, for a cell read from a page image; else null.</summary>
    public double? Confidence { get; set; }

    /// <summary>
    /// For a cell read from a page image: every number an OCR pass read in it, one entry per pass. A number two
    /// independent passes read alike may be published below high confidence (see OcrCellVerifier).
    /// </summary>
    public IReadOnlyList<decimal> OcrNumbers { get; set; } = [];

    /// <summary>
    /// For a cell read from a page image: a figure's place whose reading is no figure (a 2 read as 交 at 0); mapped as an
    /// unknown value (<c>TableCell.IsUncertain</c>), so it keeps its place in the row instead of shifting the figures.
    /// </summary>
    public bool UnreadFigure { get; set; }

    /// <summary>
    /// For a cell read from a page image: its ink is mostly a red seal's, so what was read there (kept in
    /// <see cref="Text"/>, an <see cref="UnreadFigure"/>) is the seal's strokes read as figures, not the table's.
    /// </summary>
    public bool SealInk { get; set; }

    /// <summary>
    /// For a figure read from a page image: what the second, independent reading (<c>OcrSecondReading</c>) read there, one
    /// text per model (empty where it read no number); empty when not read again.
    /// </summary>
    public IReadOnlyList<string> SecondReading { get; set; } = [];
}
