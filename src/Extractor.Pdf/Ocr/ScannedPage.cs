namespace Extractor.Pdf.Ocr;

/// <summary>A page to OCR: its size in points and the bytes of its one image, or null when it must be rasterised.</summary>
internal sealed record ScannedPage(int Number, double Width, double Height, byte[]? ImageBytes);
