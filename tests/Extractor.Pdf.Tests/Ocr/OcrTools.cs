using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

internal static class OcrTools
{
    public static bool Available { get; } = TesseractEngine.IsAvailable(new OcrOptions());
}
