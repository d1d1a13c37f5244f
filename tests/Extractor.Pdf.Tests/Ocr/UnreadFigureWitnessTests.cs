using System.Diagnostics;
using Extractor.Pdf.Geometry;
using Extractor.Pdf.Ocr;
using Extractor.Pdf.Tables;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// A figure's place read as a character or two by every pass (a clean 2 of a 300-dpi JPEG page read as 世 at 0: the
/// closer look's 2× makes digits too large for the engine) is read once more by the witness, the digits model at 150
/// dpi. Its number becomes the cell's reading below high confidence (the verifier publishes it only where an identity
/// holds with it); seal ink and a place without ink are left as they were.
/// </summary>
public class UnreadFigureWitnessTests
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    private const double Dpi = 300;

    [UnreadFigureFact]
    public void UnreadFigure_IsReadByTheWitness_BelowHighConfidence_SealInkAndEmptyPlacesAreNot()
    {
        var options = new OcrOptions();
        var folder = Directory.CreateTempSubdirectory("extractor-unread-");
        try
        {
            // Three cells 126 × 90 px of a 300-dpi JPEG (quality 35, as the benchmark's): a 10.5 pt 2, a 7 (taken for seal
            // ink), and nothing.
            var jpeg = Path.Combine(folder.FullName, "page.jpg");
            var pgm = Path.Combine(folder.FullName, "page.pgm");
            Run("convert", "-size", "420x200", "xc:white", "-density", "300", "-font", Font, "-pointsize", "10.5", "-fill", "black",
                "-annotate", "+60+125", "2", "-annotate", "+186+125", "7", "-quality", "35", jpeg);
            Run("convert", jpeg, "-depth", "8", pgm);
            var image = GrayImage.ParsePnm(File.ReadAllBytes(pgm))!;
            var unread = Cell(0, "世");
            var seal = Cell(1, "25");
            seal.SealInk = true;
            var empty = Cell(2, "交");
            var table = new FoundTable(1, new Box(0, 0, 100, 48), [], 1, [unread, seal, empty]);

            OcrPageReader.ReadUnreadFigures(image, [table], 72 / Dpi, options, folder.FullName);

            Assert.Equal("2", unread.Text);
            Assert.False(unread.UnreadFigure);
            Assert.InRange(unread.Confidence!.Value, 0, options.HighConfidence - 1);
            Assert.Equal([2m], unread.OcrNumbers);
            Assert.Equal(("25", true, 0d), (seal.Text, seal.UnreadFigure, seal.Confidence!.Value));
            Assert.Equal(("交", true, 0d), (empty.Text, empty.UnreadFigure, empty.Confidence!.Value));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void WithoutTheWitness_NothingIsReadAgain()
    {
        var unread = Cell(0, "世");
        var image = new GrayImage(420, 200, Enumerable.Repeat((byte)255, 420 * 200).ToArray());

        OcrPageReader.ReadUnreadFigures(image, [new FoundTable(1, new Box(0, 0, 100, 48), [], 1, [unread])], 72 / Dpi, new OcrOptions { WitnessDpi = 0 }, Path.GetTempPath());

        Assert.Equal(("世", true), (unread.Text, unread.UnreadFigure));
    }

    /// <summary>Cell <paramref name="column"/> of the one row, 126 × 90 px from (20, 60), read as <paramref name="text"/> at 0.</summary>
    private static GridCell Cell(int column, string text)
    {
        var left = 20 + (126 * column);
        return new GridCell(0, column, 1, 1, new Box(left * 72 / Dpi, 60 * 72 / Dpi, (left + 126) * 72 / Dpi, 150 * 72 / Dpi), 1)
        {
            Text = text,
            Confidence = 0,
            UnreadFigure = true,
        };
    }

    private static void Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
    }

    /// <summary>Needs Tesseract with chi_sim and English and the DejaVu font: skipped with the reason where absent, except in CI.</summary>
    private sealed class UnreadFigureFactAttribute : FactAttribute
    {
        public UnreadFigureFactAttribute()
        {
            var options = new OcrOptions();
            if ((!File.Exists(Font) || !OcrTools.Available || !TesseractEngine.HasLanguage(options, options.DigitsLanguage)) && Environment.GetEnvironmentVariable("EXTRACTOR_REQUIRE_OCR") != "1")
            {
                Skip = $"needs tesseract-ocr-chi-sim, tesseract-ocr-eng and {Font} (fonts-dejavu-core); see .ci/setup/40-ocr.sh";
            }
        }
    }
}
