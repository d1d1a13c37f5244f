using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;

namespace Extractor.Core.Tests.Reading.Text;

public sealed class PipeTableParserTests
{
    private static ReportDocument Read(string text) =>
        new TextReportReader().Read(new SourceDocument("test.txt", Encoding.UTF8.GetBytes(text)));

    [Fact]
    public void Read_OneCellPerLine_BarePipeIsEmptyCellAndPipeRunsArePadding()
    {
        var table = Assert.Single(Read("规章 |\n0 |\n|\n||\n行政许可 |\n5 | ||\n").Blocks.OfType<TableBlock>());

        Assert.Equal(TableLayout.CellStream, table.Layout);
        Assert.Equal(["规章", "0", "", "行政许可", "5"], table.Cells.Select(static c => c.Text));
    }

    [Fact]
    public void Read_RowPerLine_LeadingPipeMarksEmptyFirstCell()
    {
        var text = "信息内容 | 本年制发件数 | 本年废止件数 |\n| (二)部分公开 | 1 | 2 |\n规章 | 0 | |\n";

        var table = Assert.Single(Read(text).Blocks.OfType<TableBlock>());

        Assert.Equal(TableLayout.Rows, table.Layout);
        Assert.Equal(["", "(二)部分公开", "1", "2"], table.Rows[1].Select(static c => c.Text));
        Assert.Equal(["规章", "0", ""], table.Rows[2].Select(static c => c.Text));
        Assert.Equal(3, table.Rows[1][3].Column);
    }

    [Fact]
    public void Read_Markdown_BorderPipesAndSeparatorAreNotCells()
    {
        var table = Assert.Single(Read("| 信息内容 | 本年处理决定数量 |\n|---|---|\n| 行政许可 | 517645 |\n").Blocks.OfType<TableBlock>());

        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["行政许可", "517645"], table.Rows[1].Select(static c => c.Text));
    }

    [Fact]
    public void Read_ShortLinesHoldingNumbers_BecomeACellStream()
    {
        var text = "二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n规章\n\n0\n\n0\n\n0\n\n三、收到和处理政府信息公开申请情况\n";

        var blocks = Read(text).Blocks;

        var table = Assert.Single(blocks.OfType<TableBlock>());
        Assert.Equal(TableLayout.CellStream, table.Layout);
        Assert.Equal(7, table.Cells.Count());
        Assert.Equal(["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况"], blocks.OfType<TextBlock>().Select(static t => t.Text));
    }
}
