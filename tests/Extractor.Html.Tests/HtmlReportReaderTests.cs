using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Core.Records;

namespace Extractor.Html.Tests;

public class HtmlReportReaderTests
{
    [Fact]
    public void Read_HeadingsParagraphsAndBreaks_BecomeTextBlocksInOrder()
    {
        var document = HtmlTestDocuments.Read("<body><h2>某局年度报告</h2><p>一、总体情况</p><div>第一行<br>第二行</div><p>&nbsp;</p><p>末段</p></body>");

        Assert.Equal(["某局年度报告", "一、总体情况", "第一行", "第二行", "末段"], HtmlTestDocuments.Texts(document));
        Assert.True(((TextBlock)document.Blocks[0]).IsHeading);
        Assert.False(((TextBlock)document.Blocks[1]).IsHeading);
    }

    [Fact]
    public void Read_TextAndTables_KeepDocumentOrderAndNumbering()
    {
        var document = HtmlTestDocuments.Read("""
            <body><p>二、主动公开</p>
            <div><table><tr><td>规章</td><td>0</td></tr></table></div>
            <p>四、复议</p>
            <table><tr><td>行政复议</td><td>1</td></tr></table></body>
            """);

        Assert.Collection(
            document.Blocks,
            static b => Assert.Equal("二、主动公开", Assert.IsType<TextBlock>(b).Text),
            static b => Assert.Equal(1, Assert.IsType<TableBlock>(b).At.Table),
            static b => Assert.Equal("四、复议", Assert.IsType<TextBlock>(b).Text),
            static b => Assert.Equal(2, Assert.IsType<TableBlock>(b).At.Table));
        Assert.All(document.Blocks.OfType<TableBlock>(), static t => Assert.Equal(TableLayout.Grid, t.Layout));
    }

    [Fact]
    public void Read_WordCellSoup_JoinsFragmentsAndEmptiesPlaceholderCells()
    {
        var document = HtmlTestDocuments.Read("""
            <table><tr>
            <td><p><span>申请人情</span><span>况<o:p></o:p></span></p></td>
            <td><p><span>三</span><font face="方正仿宋_GBK">、本</font>
            <span>年</span><span>度</span></p></td>
            <td><p><span><o:p> </o:p></span></p></td>
            <td>&nbsp;</td>
            <td><span lang="EN-US">/</span></td>
            <td>商业<br>企业</td>
            </tr></table>
            """);

        var cells = HtmlTestDocuments.SingleTable(document).Cells.Select(static c => c.Text);
        Assert.Equal(["申请人情况", "三、本年度", "", "", "/", "商业企业"], cells);
    }

    [Fact]
    public void Read_TheadTbodyAndTh_AreOneGrid()
    {
        var document = HtmlTestDocuments.Read("""
            <table>
            <thead><tr><th rowspan="2">项目</th><th colspan="2">行政诉讼</th></tr><tr><th>维持</th><th>纠正</th></tr></thead>
            <tbody><tr><td>件数</td><td>1</td><td>2</td></tr></tbody>
            </table>
            """);

        Assert.Equal(
            ["0,0,2,1:项目", "0,1,1,2:行政诉讼", "1,1,1,1:维持", "1,2,1,1:纠正", "2,0,1,1:件数", "2,1,1,1:1", "2,2,1,1:2"],
            HtmlTestDocuments.Shape(HtmlTestDocuments.SingleTable(document)));
    }

    [Fact]
    public void Read_LayoutTableAroundTheReport_IsReadThrough()
    {
        var document = HtmlTestDocuments.Read("""
            <table width="100%"><tr><td>
              <p>三、收到和处理政府信息公开申请情况</p>
              <table><tr><td>自然人</td><td>总计</td></tr><tr><td>3</td><td>3</td></tr></table>
            </td></tr></table>
            """);

        Assert.IsType<TextBlock>(document.Blocks[0]);
        var table = HtmlTestDocuments.SingleTable(document);
        Assert.Equal(["0,0,1,1:自然人", "0,1,1,1:总计", "1,0,1,1:3", "1,1,1,1:3"], HtmlTestDocuments.Shape(table));
    }

    [Fact]
    public void Read_SmallTableInsideADataCell_IsReadAsCellText()
    {
        var document = HtmlTestDocuments.Read("""
            <table>
            <tr><td>a</td><td>b</td><td>c</td></tr>
            <tr><td>d</td><td><table><tr><td>内</td><td>表</td></tr></table></td><td>f</td></tr>
            </table>
            """);

        var table = HtmlTestDocuments.SingleTable(document);
        Assert.Equal("内表", table.Rows[1][1].Text);
    }

    [Fact]
    public void Read_KeepSourceLines_CellsHaveLinesAndGridLocations()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>\n<table>\n<tr><td colspan=\"2\">头</td></tr>\n<tr><td>a</td><td>b</td></tr>\n</table></body></html>");
        var reader = new HtmlReportReader(new HtmlReaderOptions { KeepSourceLines = true });

        var table = HtmlTestDocuments.SingleTable(reader.Read(new SourceDocument("x.html", html)));
        Assert.Equal(2, table.At.Line);
        Assert.Equal(new SourceLocation(Line: 4, Table: 1, Row: 2, Column: 2), table.Rows[1][1].At);
    }

    [Fact]
    public void Read_DefaultOptions_LeaveSourceLinesOut()
    {
        var document = HtmlTestDocuments.Read("<table><tr><td>a</td><td>b</td></tr></table>");

        Assert.Equal(new SourceLocation(Table: 1, Row: 1, Column: 2), HtmlTestDocuments.SingleTable(document).Rows[0][1].At);
    }

    [Fact]
    public void Read_EmptyBody_GivesAnEmptyDocumentWithADiagnostic()
    {
        var document = HtmlTestDocuments.Read("<html><head><title>x</title></head><body> <script>var a;</script> </body></html>");

        Assert.Empty(document.Blocks);
        Assert.Equal(DiagnosticCodes.BadTextLayer, Assert.Single(document.Diagnostics).Code);
        Assert.NotNull(document.UnreadableReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("<table><tr><td rowspan=\"x\" colspan=\"-3\">a<td colspan=99999>b</table>")]
    [InlineData("<<<>>></p></td></tr><tr><td>孤立单元格")]
    [InlineData("<html><body><p>未闭合<div><span><font>")]
    public void Read_BrokenMarkup_DoesNotThrow(string html)
    {
        var document = HtmlTestDocuments.Read(html);

        Assert.NotNull(document);
    }

    [Fact]
    public void Read_DeeplyNestedFontSoup_IsReadWithoutStackOverflow()
    {
        var html = new StringBuilder("<body><p>");
        for (var i = 0; i < 5000; i++)
        {
            html.Append("<span>");
        }

        html.Append("深层文本</p></body>");

        var document = HtmlTestDocuments.Read(html.ToString());

        Assert.Contains("深层文本", HtmlTestDocuments.Texts(document));
    }

    [Fact]
    public void Read_GbkPageThroughTheReader_DecodesWithTheHttpCharset()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("gbk").GetBytes("<meta charset=\"utf-8\"><p>青溪县政府信息公开</p>");

        var document = new HtmlReportReader().Read(new SourceDocument("x.html", bytes, "GB2312"));

        Assert.Equal(["青溪县政府信息公开"], HtmlTestDocuments.Texts(document));
    }
}
