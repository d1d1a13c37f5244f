using System.Diagnostics;
using Extractor.Pdf.Geometry;
using Extractor.Pdf.Ocr;
using Extractor.Pdf.Tables;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The second reading (<see cref="OcrSecondReading"/>) on synthetic cells of a 300-dpi JPEG page: the figures, however
/// sure, are cut out alone and read by both models; seal ink and an empty place are not.
/// </summary>
public class SecondReadingTests
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf";
    private const double Dpi = 300;

    [SecondReadingFact]
    public void Figures_AreReadAgainByBothModels_SealInkAndEmptyPlacesAreNot()
    {
        var options = new OcrOptions();
        var folder = Directory.CreateTempSubdirectory("extractor-second-");
        try
        {
            // Five cells 126 × 90 px of a 300-dpi JPEG (quality 35, as the benchmark's), 10.5 pt figures: 12 first read as 2,
            // 56.4 read at 79, 7 read surely, 25 under a seal, and an empty place read as 1.
            var jpeg = Path.Combine(folder.FullName, "page.jpg");
            var pgm = Path.Combine(folder.FullName, "page.pgm");
            Run("convert", "-size", "700x200", "xc:white", "-density", "300", "-font", Font, "-pointsize", "10.5", "-fill", "black",
                "-annotate", "+50+125", "12", "-annotate", "+160+125", "56.4", "-annotate", "+310+125", "7", "-annotate", "+430+125", "25",
                "-quality", "35", jpeg);
            Run("convert", jpeg, "-depth", "8", pgm);
            var image = GrayImage.ParsePnm(File.ReadAllBytes(pgm))!;
            var misread = Cell(0, "2", 70);
            var money = Cell(1, "56.4", 79);
            var sure = Cell(2, "7", 95);
            var seal = Cell(3, "25", 0);
            seal.SealInk = true;
            var empty = Cell(4, "1", 40);

            OcrSecondReading.Read(image, [misread, money, sure, seal, empty], 72 / Dpi, options, folder.FullName);

            Assert.Equal(["12", "12"], misread.SecondReading);
            Assert.Equal(["56.4", "56.4"], money.SecondReading);
            Assert.Equal(["7", "7"], sure.SecondReading);
            Assert.Empty(seal.SecondReading);
            Assert.Empty(empty.SecondReading);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Crop_ScalesTheInkToTheHeightAsked_BlackAndWhite_WithAMargin()
    {
        // A 20-px-high bar of grey ink (a figure's strokes) and a lone speck, in a 100 × 60 box.
        var pixels = Enumerable.Repeat((byte)250, 200 * 100).ToArray();
        var image = new GrayImage(200, 100, pixels);
        for (var y = 30; y < 50; y++)
        {
            for (var x = 40; x < 50; x++)
            {
                image[x, y] = 60;
            }
        }

        image[80, 15] = 0;

        var crop = OcrSecondReading.Crop(image, new Box(10, 10, 110, 70), 40)!; // 2× up

        Assert.All(crop.Pixels, static p => Assert.True(p is 0 or 255));
        var rows = Enumerable.Range(0, crop.Height).Where(y => Enumerable.Range(0, crop.Width).Any(x => crop[x, y] == 0)).ToList();
        Assert.NotEmpty(rows);
        Assert.InRange(rows[^1] - rows[0] + 1, 38, 42);
        Assert.Equal(20, rows[0]); // the margin: half the height asked
        Assert.Null(OcrSecondReading.Crop(image, new Box(120, 10, 190, 90), 40));
    }

    [Fact]
    public void WithoutTheSecondReading_NothingIsReadAgain()
    {
        var cell = Cell(0, "2", 70);
        var image = new GrayImage(420, 200, Enumerable.Repeat((byte)255, 420 * 200).ToArray());

        OcrSecondReading.Read(image, [cell], 72 / Dpi, new OcrOptions { SecondReadingHeight = 0 }, Path.GetTempPath());

        Assert.Empty(cell.SecondReading);
    }

    /// <summary>Cell <paramref name="column"/> of the one row, 126 × 90 px from (20, 60), read as <paramref name="text"/>.</summary>
    private static GridCell Cell(int column, string text, double confidence)
    {
        var left = 20 + (126 * column);
        return new GridCell(0, column, 1, 1, new Box(left * 72 / Dpi, 60 * 72 / Dpi, (left + 126) * 72 / Dpi, 150 * 72 / Dpi), 1)
        {
            Text = text,
            Confidence = confidence,
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
    private sealed class SecondReadingFactAttribute : FactAttribute
    {
        public SecondReadingFactAttribute()
        {
            var options = new OcrOptions();
            if ((!File.Exists(Font) || !OcrTools.Available || !TesseractEngine.HasLanguage(options, options.DigitsLanguage)) && Environment.GetEnvironmentVariable("EXTRACTOR_REQUIRE_OCR") != "1")
            {
                Skip = $"needs tesseract-ocr-chi-sim, tesseract-ocr-eng and {Font} (fonts-dejavu-core); see .ci/setup/40-ocr.sh";
            }
        }
    }
}
