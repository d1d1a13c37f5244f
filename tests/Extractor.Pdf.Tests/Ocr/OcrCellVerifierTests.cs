using Extractor.Core.Checks;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Ocr;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The verifier on the county fixture's true figures, as if OCR had read them: one figure misread at a given
/// confidence, every other cell read surely.
/// </summary>
public class OcrCellVerifierTests
{
    private const string Key = "applications/granted/commercial";

    private static ReportResult Misread(decimal value, double confidence)
    {
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key == Key
            ? c with { Value = value, Raw = value.ToString(System.Globalization.CultureInfo.InvariantCulture), At = $"{c.At}, OCR confidence {confidence}" }
            : c with { At = $"{c.At}, OCR confidence 97" }).ToList();
        var misread = report with { Cells = cells };
        return new OcrCellVerifier(new OcrOptions()).Verify(misread with { Checks = ReportChecker.Check(misread) });
    }

    [Fact]
    public void Verify_UnsureCellThatBreaksItsRowAndColumn_BecomesMissingWithTheCandidate()
    {
        var report = Misread(7, confidence: 60); // the source says 4

        var cell = Assert.Single(report.Cells, static c => c.Key == Key);
        Assert.Equal(CellKind.Missing, cell.Kind);
        Assert.Null(cell.Value);
        var diagnostic = Assert.Single(report.Diagnostics, static d => d.Message.StartsWith(Key, StringComparison.Ordinal));
        Assert.Contains("candidates: 4", diagnostic.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
        Assert.Equal(ReportStatus.Partial, report.Status);
        Assert.Equal("ocr", report.Source.ReadBy);
    }

    [Fact]
    public void Verify_MisreadWithHighConfidence_FailIsPublished()
    {
        var report = Misread(7, confidence: 96);

        Assert.Equal(CellKind.Number, Assert.Single(report.Cells, static c => c.Key == Key).Kind);
        Assert.Contains(report.Checks, static c => c.Rule == "T3-COL" && c.Scope == "granted" && c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void Verify_FailOnACellOfMiddlingConfidenceThatDoesNotExplainIt_IsNotAssessable()
    {
        // The unsure cell reads right; a sure cell is off by a half that no count can explain. The failure may
        // still be ours (the unsure cell), so it is not published.
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key switch
        {
            Key => c with { At = $"{c.At}, OCR confidence 80" },
            "applications/granted/total" => c with { Value = c.Value + 0.5m, At = $"{c.At}, OCR confidence 97" },
            _ => c with { At = $"{c.At}, OCR confidence 97" },
        }).ToList();
        var misread = report with { Cells = cells };

        var verified = new OcrCellVerifier(new OcrOptions()).Verify(misread with { Checks = ReportChecker.Check(misread) });

        var check = Assert.Single(verified.Checks, static c => c.Rule == "T3-COL" && c.Scope == "granted");
        Assert.Equal(CheckOutcome.NotAssessable, check.Outcome);
        Assert.Contains(Key, check.Message, StringComparison.Ordinal);
    }
}
