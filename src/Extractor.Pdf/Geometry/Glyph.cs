namespace Extractor.Pdf.Geometry;

/// <summary>One printed character (or ligature) with its em box in page points.</summary>
/// <param name="Text">The Unicode text PdfPig mapped the glyph to.</param>
/// <param name="Box">
/// The box from the baseline and point size rather than the glyph outline, so that low glyphs such as '.' share
/// their line's centre.
/// </param>
/// <param name="Size">The font size in points.</param>
internal sealed record Glyph(string Text, Box Box, double Size);
