using Extractor.Core.Checks;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Ocr;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// Scans made from the PDF fixtures (fixtures/scan/make-scan-fixtures.sh) read end to end, held to the figures of
/// the born-digital PDF they were rendered from (whose own golden file and HTML source vouch for them): no number
/// differs without being left `missing` with a diagnostic, and no check fails on our misreading.
/// </summary>
public class ScannedReportsTests
{
    private static readonly ExtractionPipeline s_parser = new([new PdfReportReader()]);

    // OCR takes seconds a page: the scan is read once for all the tests.
    private static readonly Lazy<ReportResult> s_scan = new(() => Parse("scan", "bureau-2019.clean.150.pdf"));

    private static ReportResult Parse(string folder, string fileName, ExtractionPipeline? parser = null)
    {
        var path = TestPaths.Fixture(folder, fileName);
        return (parser ?? s_parser).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
    }

    [OcrFact]
    public void Parse_ScanAt150Dpi_EveryNumberRightOrMissingWithReason()
    {
        var truth = Parse("pdf", "bureau-2019.pdf").Cells.ToDictionary(static c => c.Key);
        var scan = s_scan.Value;

        Assert.Equal("ocr", scan.Source.ReadBy);
        Assert.Equal("2019", scan.Template);
        Assert.Equal(truth.Count, scan.Cells.Count);
        var wrong = scan.Cells
            .Where(c => c.Kind != CellKind.Missing && (c.Kind != truth[c.Key].Kind || c.Value != truth[c.Key].Value))
            .Select(c => $"{c.Key}: scan {c.Kind} {c.Raw} at {c.At}, source {truth[c.Key].Raw}")
            .ToList();
        Assert.True(wrong.Count == 0, "numbers differ from the source without being missing:\n" + string.Join("\n", wrong));

        // Every missing cell says why, at its place: a diagnostic on the cell, or on its row when the row was not found.
        var missing = scan.Cells.Where(static c => c.Kind == CellKind.Missing).ToList();
        Assert.All(missing, c => Assert.Contains(scan.Diagnostics, d =>
            d.Message.StartsWith(c.Key + ":", StringComparison.Ordinal) || d.Message.StartsWith($"{c.Table}/{c.Row}:", StringComparison.Ordinal)));
        var right = scan.Cells.Count(c => c.Kind == truth[c.Key].Kind && c.Value == truth[c.Key].Value);
        Assert.True(right >= 0.97 * truth.Count, $"only {right} of {truth.Count} cells right (the goal at 150 dpi is 97 %)");
    }

    [OcrFact]
    public void Parse_Scan_NoCheckFailsAndEveryTableCellCarriesItsConfidence()
    {
        var scan = s_scan.Value;

        Assert.DoesNotContain(scan.Checks, static c => c.Outcome == CheckOutcome.Fail);
        var seen = scan.Cells.Where(static c => c.At.Length > 0).ToList();
        Assert.NotEmpty(seen);
        Assert.All(seen, static c => Assert.Matches(@"OCR confidence \d+$", c.At));
        Assert.Contains(scan.Checks, static c => c.Rule == "T3-COL" && c.Outcome == CheckOutcome.Pass);
    }

    [OcrFact]
    public void Parse_BlurredPhoto_FailsWithItsReasonAndTheRunGoesOn()
    {
        var blurred = Parse("scan", "landscape-section4.blur.100.pdf");
        var next = s_scan.Value;

        Assert.Equal(ReportStatus.Failed, blurred.Status);
        Assert.Contains(blurred.Diagnostics, static d => d.Message.Contains("OCR could not read it", StringComparison.Ordinal));
        Assert.NotEqual(ReportStatus.Failed, next.Status);
    }

    [Fact]
    public void Parse_ScanWithoutTesseract_FailsWithInstallHint()
    {
        var parser = new ExtractionPipeline([new PdfReportReader(new OcrOptions { Tesseract = "/nonexistent/tesseract" })]);

        var report = Parse("scan", "bureau-2019.clean.150.pdf", parser);

        Assert.Equal(ReportStatus.Failed, report.Status);
        Assert.Contains(report.Diagnostics, static d => d.Message.Contains(OcrReader.MissingTesseractReason, StringComparison.Ordinal));
    }

    [OcrFact]
    public void Parse_ImageOnlyFixture_IsReadByOcrInsteadOfFailing()
    {
        var report = Parse("pdf", "scan-image-only.pdf");

        Assert.Equal("ocr", report.Source.ReadBy);
        Assert.NotEqual(ReportStatus.Failed, report.Status);
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }
}
