using System.Text;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Testing;

namespace Extractor.Core.Tests.Reading.Text;

/// <summary>
/// PDF-to-markdown shredding (tools/make-shredded-fixture.py): labels stranded above, below or glued to their group,
/// bare value rows, one-row fragments with their own separators, header fragments, table 二 rows as plain lines,
/// table 四 as one 15-value row under a 6-cell header. The truth is the unshredded report's reading.
/// </summary>
public sealed class ShreddedMarkdownTests
{
    private static readonly string s_shredded = TestPaths.Fixture("text", "shredded", "104_markdown-2021.shredded.md");

    private static ReportResult Parse(string path, byte[]? content = null) =>
        new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument(path, content ?? File.ReadAllBytes(path)));

    [Fact]
    public void Parse_ShreddedMarkdown_EveryCellAsInTheUnshreddedReport()
    {
        var truth = Parse(TestPaths.Fixture("text", "104_markdown-2021.txt"));
        var shredded = Parse(s_shredded);
        var cells = shredded.Cells.ToDictionary(static c => c.Key, StringComparer.Ordinal);

        Assert.NotEmpty(truth.Cells);
        Assert.All(truth.Cells, t => Assert.Equal((t.Kind, t.Value), (cells[t.Key].Kind, cells[t.Key].Value)));
        Assert.Equal(ReportStatus.Parsed, shredded.Status);
        Assert.DoesNotContain(shredded.Checks, static c => c.Outcome == CheckOutcome.Fail);

        // The bare rows were placed by the template's order, and say so.
        Assert.All(shredded.Cells.Where(static c => c.Row is "partially_granted" or "not_processed_confirmation" or "other_no_correction"),
            static c => Assert.Equal(CellResolution.Order, c.ResolvedBy));
        Assert.All(shredded.Cells.Where(static c => c.Row is "granted" or "total_processed"), static c => Assert.Null(c.ResolvedBy));
        Assert.Contains(shredded.Diagnostics, static d => d.Code == DiagnosticCodes.LayoutRepaired && d.Message.Contains("row order", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_ShreddedLabelWrappedIntoTheNextCell_StillAnchorsTheRowOrder()
    {
        // The （六）2 label split over two cells: the second half sits beside the numbers as text. The row still anchors,
        // so the bare rows above it are placed by order as in the plain shredding.
        var text = File.ReadAllText(s_shredded).Replace("| 2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 |", "| 2.申请人逾期未按收费通知要求缴纳费用、 | 行政机关不再处理其政府信息公开申请 |", StringComparison.Ordinal);
        Assert.NotEqual(File.ReadAllText(s_shredded), text);
        var truth = Parse(TestPaths.Fixture("text", "104_markdown-2021.txt"));
        var report = Parse("wrapped.md", Encoding.UTF8.GetBytes(text));
        var cells = report.Cells.ToDictionary(static c => c.Key, StringComparer.Ordinal);

        Assert.NotEmpty(truth.Cells);
        Assert.All(truth.Cells, t => Assert.Equal((t.Kind, t.Value), (cells[t.Key].Kind, cells[t.Key].Value)));
        Assert.All(report.Cells.Where(static c => c.Row is "not_processed_confirmation" or "other_no_correction"), static c => Assert.Equal(CellResolution.Order, c.ResolvedBy));
    }

    [Fact]
    public void Parse_ShreddedRowThatBreaksTheIdentities_IsMissingNeverAWrongNumberOrFail()
    {
        // The stranded （二） row now reads 2 … 3: its total does not add up, so the order placement is refused.
        var text = File.ReadAllText(s_shredded).Replace("| 2 | 0 | 0 | 0 | 0 | 0 | 2 |", "| 2 | 0 | 0 | 0 | 0 | 0 | 3 |", StringComparison.Ordinal);
        var report = Parse("broken.md", Encoding.UTF8.GetBytes(text));

        Assert.All(report.Cells.Where(static c => c.Row is "partially_granted" or "not_processed_confirmation" or "other_no_correction"),
            static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.Contains(report.Diagnostics, static d => d.Code == DiagnosticCodes.RowShape && d.Message.Contains("identities do not hold", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail && c.Rule is "T3-SUM" or "T3-COL" or "T3-ID");
        Assert.Equal(ReportStatus.Partial, report.Status);
    }
}
