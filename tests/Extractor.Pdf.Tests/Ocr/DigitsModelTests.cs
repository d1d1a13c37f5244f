using System.Diagnostics;
using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The closer look reads digits with the English model: held to digits, the Chinese model read a lone 4 or 7 from a JPEG
/// enlarged 2× as nothing at all (the JPEG 150 scans' 曙 for 2 and 阁 for 4 came from there).
/// </summary>
public class DigitsModelTests
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";

    [DigitsFact]
    public void Recognize_DigitsOnly_ReadsALoneDigitOfAJpegEnlarged()
    {
        var options = new OcrOptions();
        var folder = Directory.CreateTempSubdirectory("extractor-digits-");
        try
        {
            foreach (var digit in new[] { "4", "7" })
            {
                var jpeg = Path.Combine(folder.FullName, digit + ".jpg");
                var pgm = Path.Combine(folder.FullName, digit + ".pgm");
                Run("convert", "-size", "120x60", "xc:white", "-font", Font, "-pointsize", "24", "-fill", "black", "-annotate", "+30+40", digit, "-quality", "35", jpeg);
                Run("convert", jpeg, "-filter", "Lanczos", "-resize", "200%", "-depth", "8", pgm);

                var words = TesseractEngine.Recognize(pgm, options, "6", out var error, whitelist: "0123456789.", language: options.DigitsLanguage);

                Assert.Null(error);
                Assert.NotNull(words);
                Assert.Equal(digit, string.Concat(words.Select(static w => w.Text)));
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("曙", true)] // a lone 2 misread
    [InlineData("41", true)]
    [InlineData("]114", true)]
    [InlineData("其他", false)] // a header
    [InlineData("1.属于国家秘密", false)] // a label with its item number
    [InlineData("2.重复申请", false)]
    public void MayBeDigits_OnlyMisreadDigitsMayBeReplacedByADigitsReading(string text, bool may) =>
        Assert.Equal(may, OcrPageReader.MayBeDigits(text));

    /// <summary>Needs Tesseract with its English model and the DejaVu font: skipped with the reason where absent, except in CI.</summary>
    private sealed class DigitsFactAttribute : FactAttribute
    {
        public DigitsFactAttribute()
        {
            var options = new OcrOptions();
            if ((!File.Exists(Font) || !TesseractEngine.HasLanguage(options, options.DigitsLanguage)) && Environment.GetEnvironmentVariable("EXTRACTOR_REQUIRE_OCR") != "1")
            {
                Skip = $"needs tesseract-ocr-eng and {Font} (fonts-dejavu-core); see .ci/setup/40-ocr.sh";
            }
        }
    }

    private static void Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }
}
