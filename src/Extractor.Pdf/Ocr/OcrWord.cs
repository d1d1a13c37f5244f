namespace Extractor.Pdf.Ocr;

/// <summary>A word Tesseract read, with its box in image pixels, its confidence (0–100) and the line Tesseract put it in.</summary>
internal sealed record OcrWord(string Text, int Left, int Top, int Width, int Height, double Confidence, int Line = 0);
