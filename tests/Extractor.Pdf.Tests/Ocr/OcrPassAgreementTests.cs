using Extractor.Core.Records;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// A number no identity covers (table 一's fees) stands on its OCR passes' agreement only when no pass read another
/// number: the county seal scan published 56.4 as 50.4 at 88, read alike by the digits pass and the closer look while
/// the cell pass read 56.4.
/// </summary>
public sealed class OcrPassAgreementTests
{
    private const string Fees = "active/fees/amount";

    private static ReportResult Read(decimal value, double confidence, params decimal[] passes) =>
        CountyAsRead.Verify(Fees, value, confidence, passes);

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
