namespace Extractor.Pdf.Ocr;

/// <summary>A ruling line found on a page image, in pixels.</summary>
/// <param name="IsHorizontal">True for a horizontal rule.</param>
/// <param name="Position">Its centre across the rule (y for a horizontal one).</param>
/// <param name="First">First pixel line it covers across the rule.</param>
/// <param name="Last">Last pixel line it covers across the rule.</param>
/// <param name="Start">Where it starts along the rule.</param>
/// <param name="End">Where it ends along the rule.</param>
internal sealed record PixelRule(bool IsHorizontal, double Position, int First, int Last, int Start, int End);
