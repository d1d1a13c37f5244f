using System.Diagnostics;
using System.Globalization;
using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// A figure's place whose ink is the red seal's (seal strokes read as figures): the reader drops the reading
/// (<c>SealMask.MostlySeal</c>). On the whole path, page image → OCR → tables → mapper → verifier, such a cell must end
/// `missing` with a diagnostic that says why, never `blank` (SCHEMA §2: missing ≠ blank) and never a number, and no
/// other cell may suffer for it.
/// </summary>
public sealed class SealInkCellTests
{
    private const string Font = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
    private const double Dpi = 150;

    [SealInkFact]
    public void FigureOfSealInk_EndsMissingWithItsReason_NeverBlank()
    {
        var parser = new ExtractionPipeline([new PdfReportReader()]);
        var source = TestPaths.Fixture("pdf", "bureau-2019.pdf");
        var truth = parser.Parse(new SourceDocument(source, File.ReadAllBytes(source))).Cells.ToDictionary(static c => c.Key);

        // Table 三's 本年新收 / 商业企业 (9), a ruled cell: its 9 is rubbed out and 25 written in dark seal red (the rim a
        // JPEG leaves along a seal stroke is as dark), which the engine reads as a figure.
        var target = Cell(truth, 4, 5);
        var (left, top) = Corner(target.At);
        var (right, _) = Corner(Cell(truth, 4, 6).At);
        var (_, bottom) = Corner(Cell(truth, 5, 5).At);
        int Px(double points) => (int)Math.Round(points * Dpi / 72);

        var folder = Directory.CreateTempSubdirectory("extractor-sealink-");
        try
        {
            Run("pdfimages", "-png", TestPaths.Fixture("scan", "bureau-2019.clean.150.pdf"), Path.Combine(folder.FullName, "p"));
            var pages = Directory.GetFiles(folder.FullName, "p-*.png").Order(StringComparer.Ordinal).ToList();
            Assert.NotEmpty(pages);
            var first = pages[0];
            Run("convert", first, "-type", "TrueColor",
                "-fill", "white", "-draw", $"rectangle {Px(left) + 3},{Px(top) + 3} {Px(right) - 3},{Px(bottom) - 3}",
                "-fill", "rgb(120,20,20)", "-font", Font, "-pointsize", "21",
                "-annotate", $"+{Px(left) + ((Px(right) - Px(left)) / 2) - 12}+{Px(bottom) - ((Px(bottom) - Px(top)) / 4)}", "25",
                "-density", Dpi.ToString(CultureInfo.InvariantCulture), "-units", "PixelsPerInch", first);
            foreach (var page in pages.Skip(1))
            {
                Run("convert", page, "-density", Dpi.ToString(CultureInfo.InvariantCulture), "-units", "PixelsPerInch", page);
            }

            var scanPath = Path.Combine(folder.FullName, "sealed.pdf");
            Run("img2pdf", [.. pages, "-o", scanPath]);

            var scan = parser.Parse(new SourceDocument(scanPath, File.ReadAllBytes(scanPath)));

            Assert.Equal("ocr", scan.Source.ReadBy);
            var cell = scan.Cells.Single(c => c.Key == target.Key);
            Assert.Equal(CellKind.Missing, cell.Kind);
            Assert.Null(cell.Value);
            var why = Assert.Single(scan.Diagnostics, d => d.Message.StartsWith(target.Key + ":", StringComparison.Ordinal));
            Assert.True(why.Message.Contains("red seal", StringComparison.Ordinal) && why.Message.Contains("\"25\"", StringComparison.Ordinal), why.Message);

            // Like a watchdog: nothing else published differs from the source, and no check fails on our reading.
            Assert.Equal(truth.Count, scan.Cells.Count);
            var wrong = scan.Cells
                .Where(c => c.Kind != CellKind.Missing && (c.Kind != truth[c.Key].Kind || c.Value != truth[c.Key].Value))
                .Select(c => $"{c.Key}: scan {c.Kind} {c.Raw} at {c.At}, source {truth[c.Key].Raw}")
                .ToList();
            Assert.True(wrong.Count == 0, "numbers differ from the source without being missing:\n" + string.Join("\n", wrong));
            Assert.DoesNotContain(scan.Checks, static c => c.Outcome == CheckOutcome.Fail);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>The born-digital cell of table 三 (the document's third table, on page 1) at 1-based grid row and column.</summary>
    private static CellRecord Cell(Dictionary<string, CellRecord> cells, int row, int column) =>
        cells.Values.Single(c => c.At.StartsWith(string.Create(CultureInfo.InvariantCulture, $"page 1, table 3, row {row}, col {column} "), StringComparison.Ordinal));

    private static (double X, double Y) Corner(string at)
    {
        Assert.True(SourceLocation.TryParse(at, out var place) && place is { X: not null, Y: not null }, at);
        return (place.X.Value, place.Y.Value);
    }

    private static void Run(string file, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardError = true })!;
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} exited {process.ExitCode}: {error}");
    }

    /// <summary>Needs Tesseract with chi_sim, poppler's pdfimages, img2pdf and the DejaVu font: skipped with the reason where absent, except in CI.</summary>
    private sealed class SealInkFactAttribute : FactAttribute
    {
        public SealInkFactAttribute()
        {
            var tools = new[] { "pdfimages", "img2pdf", "convert" }.All(static t => (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
                .Split(Path.PathSeparator).Any(d => d.Length > 0 && File.Exists(Path.Combine(d, t))));
            if ((!File.Exists(Font) || !OcrTools.Available || !tools) && Environment.GetEnvironmentVariable("EXTRACTOR_REQUIRE_OCR") != "1")
            {
                Skip = $"needs tesseract-ocr-chi-sim, poppler-utils (pdfimages), img2pdf, imagemagick and {Font} (fonts-dejavu-core); see .ci/setup/40-ocr.sh";
            }
        }
    }
}
