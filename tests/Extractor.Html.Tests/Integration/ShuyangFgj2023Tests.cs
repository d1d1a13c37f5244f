using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Testing;
using Xunit.Abstractions;

namespace Extractor.Html.Tests.Integration;

/// <summary>The real crawled page 017 (沭阳县发展和改革局 2023): Word-pasted tables in &lt;ucapcontent&gt;, read from the shared corpus.</summary>
public class ShuyangFgj2023Tests(ITestOutputHelper output)
{
    private const string FileName = "017_shuyang-county-fgj-2023.html";

    private ReportDocument? Read()
    {
        if (TestPaths.Shared is not string shared)
        {
            output.WriteLine("shared corpus not found; skipped");
            return null;
        }

        var path = Path.Combine(shared, "corpus", FileName);
        return new HtmlReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path)));
    }

    [Fact]
    public void Read_Page017_FindsTheThreeReportTablesWithTheirGridShapes()
    {
        if (Read() is not ReportDocument document)
        {
            return;
        }

        var tables = document.Blocks.OfType<TableBlock>().ToList();
        Assert.Equal(3, tables.Count);

        // 二: 14 rows of 4 columns; 三: 28 rows of 10 grid columns; 四: 4 rows of 15.
        Assert.Equal((14, 4), GridSize(tables[0]));
        Assert.Equal((28, 10), GridSize(tables[1]));
        Assert.Equal((4, 15), GridSize(tables[2]));
    }

    [Fact]
    public void Read_Page017_JoinsSplitLabelsAndKeepsEmptyCellsEmpty()
    {
        if (Read() is not ReportDocument document)
        {
            return;
        }

        var applications = document.Blocks.OfType<TableBlock>().ElementAt(1);
        var byText = applications.Cells.ToLookup(static c => c.Text);
        Assert.Equal((0, 3, 1, 7), Span(byText["申请人情况"].Single()));
        Assert.Equal((5, 0, 22, 1), Span(byText["三、本年度办理结果"].Single()));
        Assert.Equal((7, 1, 8, 1), Span(byText["（三）不予公开"].Single()));
        Assert.Single(byText["商业企业"]);
        Assert.Single(byText["3.危及“三安全一稳定”"]);

        // Row 一、本年新收: 自然人 26, the five 法人或其他组织 columns empty (<o:p> </o:p>), 总计 26.
        Assert.Equal(["一、本年新收政府信息公开申请数量", "26", "", "", "", "", "", "26"], applications.Rows[3].Select(static c => c.Text));

        var active = document.Blocks.OfType<TableBlock>().First();
        Assert.Equal(["规范性文件", "8", "0", "18"], active.Rows[3].Select(static c => c.Text));

        var appeals = document.Blocks.OfType<TableBlock>().Last();
        Assert.Equal("0 0 0 1 1 0 0 0 0 0 0 0 0 0 0", string.Join(' ', appeals.Rows[3].Select(static c => c.Text)));
    }

    [Fact]
    public void Read_Page017_LeavesChromeOutAndReadsTheMetadata()
    {
        if (Read() is not ReportDocument document)
        {
            return;
        }

        var texts = document.Blocks.OfType<TextBlock>().Select(static t => t.Text).ToList();
        Assert.StartsWith("根据《中华人民共和国政府信息公开条例》", texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain(texts, static t => t.Contains("索引号", StringComparison.Ordinal) || t.Contains("政府信息公开", StringComparison.Ordinal) && t.Length < 8);
        Assert.Equal("2024年1月17日", texts[^1]);
        Assert.Contains("沭阳县发展和改革局", texts);
        Assert.Equal("沭阳县发展和改革局2023年政府信息公开年度报告", document.TitleHint);
        Assert.Equal("2024-01-17", document.PublishedAtHint);
        Assert.Equal("沭阳县发展和改革局", document.AgencyHint);
    }

    private static (int Rows, int Columns) GridSize(TableBlock table) =>
        (table.Rows.Count, table.Cells.Max(static c => c.Column + c.ColumnSpan));

    private static (int, int, int, int) Span(TableCell cell) => (cell.Row, cell.Column, cell.RowSpan, cell.ColumnSpan);
}
