namespace Extractor.Pdf.Text;

/// <summary>
/// A glyph's text at a position rounded to whole points: two letters with the same key are one glyph printed twice.
/// A struct with its own equality, so that the set of seen keys needs no shared generic code per letter.
/// </summary>
internal readonly record struct GlyphKey(string Text, long X, long Y);
