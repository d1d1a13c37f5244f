using Extractor.Core.Checks;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Ocr;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// A number no identity covers (table 一's fees) stands on its OCR passes' agreement only when no pass read another
/// number: the county seal scan published 56.4 as 50.4 at 88, read alike by the digits pass and the closer look while
/// the cell pass read 56.4.
/// </summary>
public class OcrPassAgreementTests
{
    private const string Fees = "active/fees/amount";

    private static ReportResult Read(decimal value, double confidence, params decimal[] passes)
    {
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.Select(c => c.Key == Fees
            ? c with { Value = value, Raw = value.ToString(System.Globalization.CultureInfo.InvariantCulture), At = $"{c.At}, OCR confidence {confidence}" }
            : c with { At = $"{c.At}, OCR confidence 97" }).ToList();
        var read = report with { Cells = cells };
        var at = cells.Single(static c => c.Key == Fees).At;
        var place = System.Text.RegularExpressions.Regex.Match(at, @"^page (\d+),.*\((x [\d.]+, y [\d.]+)\)");
        Assert.True(place.Success, at);
        var readings = new Dictionary<string, IReadOnlyList<decimal>> { [$"page {place.Groups[1].Value} ({place.Groups[2].Value})"] = passes };
        return new OcrCellVerifier(new OcrOptions(), readings).Verify(read with { Checks = ReportChecker.Check(read) });
    }

    [Fact]
    public void Verify_TwoPassesAlikeAndAThirdReadAnotherNumber_IsMissingWithBothCandidates()
    {
        var report = Read(50.4m, confidence: 88, 56.4m, 50.4m, 50.4m);

        var cell = Assert.Single(report.Cells, static c => c.Key == Fees);
        Assert.Equal(CellKind.Missing, cell.Kind);
        Assert.Null(cell.Value);
        var diagnostic = Assert.Single(report.Diagnostics, static d => d.Message.StartsWith(Fees, StringComparison.Ordinal));
        Assert.Contains("candidates: 50.4 (as read), 56.4 (other passes)", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(ReportStatus.Partial, report.Status);
    }

    [Fact]
    public void Verify_TwoPassesAlikeAndNoneOtherwise_IsPublished()
    {
        var report = Read(56.4m, confidence: 88, 56.4m, 56.4m);

        var cell = Assert.Single(report.Cells, static c => c.Key == Fees);
        Assert.Equal(CellKind.Number, cell.Kind);
        Assert.Equal(56.4m, cell.Value);
    }

    [Fact]
    public void Verify_SureReadingIsPublishedWhateverAnotherPassRead()
    {
        // At high confidence the agreement rule is not asked: a check failing on the cell may be published as a fail.
        var report = Read(56.4m, confidence: 95, 56.4m, 50.4m);

        Assert.Equal(56.4m, Assert.Single(report.Cells, static c => c.Key == Fees).Value);
    }
}
