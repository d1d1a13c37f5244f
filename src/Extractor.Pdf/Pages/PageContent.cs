using Extractor.Pdf.Tables;
using Extractor.Pdf.Text;

namespace Extractor.Pdf.Pages;

/// <summary>What one page holds once analysed: its tables and the narrative lines outside them.</summary>
/// <param name="Number">1-based page number.</param>
/// <param name="Height">Page height in points.</param>
/// <param name="Quality">The quality gate's verdict; only a good page has tables and lines.</param>
/// <param name="GlyphCount">Printed glyphs found on the page.</param>
/// <param name="BadGlyphCount">Glyphs without a Unicode mapping.</param>
/// <param name="HasImages">Whether the page draws images (a scan when it has no text).</param>
internal sealed record PageContent(int Number, double Height, TextQuality Quality, int GlyphCount, int BadGlyphCount, bool HasImages)
{
    public List<FoundTable> Tables { get; init; } = [];

    public List<TextLine> Lines { get; set; } = [];

    /// <summary>True when the content was read from the page image by OCR.</summary>
    public bool ReadByOcr { get; init; }
}
