using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>A fact that needs Tesseract with chi_sim: skipped, with the reason, where it is absent, except in CI (EXTRACTOR_REQUIRE_OCR).</summary>
public sealed class OcrFactAttribute : FactAttribute
{
    public OcrFactAttribute()
    {
        if (!OcrTools.Available && Environment.GetEnvironmentVariable("EXTRACTOR_REQUIRE_OCR") != "1")
        {
            Skip = "tesseract-ocr with tesseract-ocr-chi-sim (and imagemagick) not installed; see .ci/setup/40-ocr.sh";
        }
    }
}
