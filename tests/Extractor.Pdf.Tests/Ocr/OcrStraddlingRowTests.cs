using Extractor.Core.Checks;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Ocr;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// A template row whose figures came from two grid rows of a scanned table was put together wrongly: on the county
/// skew 150 scan a header cell read as "4" made the appeals row's 14 figures 15, each published a cell off.
/// </summary>
public class OcrStraddlingRowTests
{
    private static (ReportResult Read, ReportResult Verified) Scan(Func<CellRecord, string> at)
    {
        var path = TestPaths.Fixture("pdf", "county-2021.pdf");
        var report = new ExtractionPipeline([new PdfReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var read = report with { Cells = report.Cells.Select(c => c with { At = at(c) }).ToList() };
        return (read, new OcrCellVerifier(new OcrOptions()).Verify(read with { Checks = ReportChecker.Check(read) }));
    }

    [Fact]
    public void Verify_AppealsRowTakenFromTwoGridRows_AllItsCellsAreMissing()
    {
        var (read, verified) = Scan(c => c.Table == "appeals"
            ? $"page 3, table 3, row {(c.Key == "appeals/review/upheld" ? 3 : 4)}, col 1 (x 56.3, y 536.6), OCR confidence 97"
            : $"{c.At}, OCR confidence 97");

        var appeals = verified.Cells.Where(static c => c.Table == "appeals").ToList();
        Assert.NotEmpty(appeals);
        Assert.All(appeals, static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.Contains(verified.Diagnostics, static d => d.Message.StartsWith("appeals/litigation_direct/upheld", StringComparison.Ordinal)
            && d.Message.Contains("page 3, table 3, row 3 and page 3, table 3, row 4", StringComparison.Ordinal));
        Assert.All(verified.Cells.Where(static c => c.Table != "appeals"), c => Assert.Equal(read.Cells.Single(r => r.Key == c.Key).Kind, c.Kind));
    }

    [Fact]
    public void Verify_BornDigitalPlaces_NoRowStraddles()
    {
        var (read, verified) = Scan(static c => $"{c.At}, OCR confidence 97");

        Assert.NotEmpty(verified.Cells);
        Assert.DoesNotContain(verified.Diagnostics, static d => d.Message.Contains("were taken from", StringComparison.Ordinal));
        Assert.Equal(read.Cells.Count(static c => c.Kind == CellKind.Missing), verified.Cells.Count(static c => c.Kind == CellKind.Missing));
    }
}
