using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Testing;
using Xunit.Abstractions;

namespace Extractor.Core.Tests.Reading.Text;

/// <summary>
/// Text that researchers make from PDFs themselves (tools/make-pdftotext-fixtures.sh): `pdftotext -layout` and plain
/// `pdftotext` dumps of the PDF fixtures, scored against the figures typed into each PDF's HTML source.
/// </summary>
public sealed class PdfToTextDumpTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("county-2021", "layout", "2021", 2022, "青石县人民政府", 1.0)]
    [InlineData("bureau-2019", "layout", "2019", 2019, "青石县交通运输局", 1.0)]
    [InlineData("county-2021", "plain", "2021", 2022, "青石县人民政府", 1.0)]
    [InlineData("bureau-2019", "plain", "2019", 2019, "青石县交通运输局", 1.0)]
    public void Parse_PdfToTextDump_NoWrongNumberNoFalseFailAndTheTablesRead(string stem, string mode, string template, int year, string agency, double minimumRight)
    {
        var path = TestPaths.Fixture("text", "pdftotext", $"{stem}.{mode}.txt");
        var truth = HtmlSourceFigures.Read(TestPaths.Fixture("pdf", stem + ".html"), template);
        var report = new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var cells = report.Cells.ToDictionary(static c => c.Key, StringComparer.Ordinal);

        Assert.NotEmpty(truth);
        var right = truth.Count(t => cells.TryGetValue(t.Key, out var c) && c.Kind == CellKind.Number && c.Value == t.Value);
        var wrong = truth.Where(t => cells.TryGetValue(t.Key, out var c) && c.Kind == CellKind.Number && c.Value != t.Value).Select(static t => t.Key).ToList();
        output.WriteLine($"{stem}.{mode}: {right}/{truth.Count} figures of tables 三/四 right, {cells.Values.Count(static c => c.ResolvedBy == CellResolution.Order)} placed by row order");

        Assert.Empty(wrong);
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
        Assert.True(right >= minimumRight * truth.Count, $"{right}/{truth.Count} right");
        Assert.Equal(template, report.Template);
        Assert.Equal(year, report.Year);
        Assert.Equal(agency, report.Agency);
        if (mode == "layout")
        {
            // Tables 三 and 四 complete; table 二 of the bureau report lacks rows in its PDF too.
            Assert.DoesNotContain(report.Cells, static c => c.Table != "active" && c.Kind == CellKind.Missing);
        }
    }
}
