using System.Text;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Html.Limits;

namespace Extractor.Html.Tests.Limits;

public class HtmlLimitsTests
{
    [Fact]
    public void Read_HundredThousandNestedDivs_IsRefusedBeforeParsing()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 100_000)) + "政府信息公开工作年度报告" + "</body></html>";

        var ex = Assert.Throws<DocumentReadException>(() => HtmlTestDocuments.Read(html));

        Assert.Contains("nest more than 10000 deep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NestingBelowTheLimit_IsRead()
    {
        var html = "<html><body>" + string.Concat(Enumerable.Repeat("<div>", 3000)) + "一、总体情况" + string.Concat(Enumerable.Repeat("</div>", 3000)) + "</body></html>";

        var document = HtmlTestDocuments.Read(html);

        Assert.Contains("一、总体情况", HtmlTestDocuments.Texts(document));
    }

    [Fact]
    public void MaxDepth_UnclosedParagraphsItemsAndVoidElements_DoNotPileUp()
    {
        var html = "<div>" + string.Concat(Enumerable.Repeat("<p>text<br><img src=x><li>item<input>", 5000)) + "</div>";

        Assert.Equal(3, TagScanner.MaxDepth(html, 1024));
    }

    [Fact]
    public void MaxDepth_UnclosedSpansInParagraphs_CountOnlyUntilTheParagraphEnds()
    {
        var paragraph = "<p>" + string.Concat(Enumerable.Repeat("<span><font>", 3000)) + "text</p>";
        var html = "<body>" + string.Concat(Enumerable.Repeat(paragraph, 10)) + "</body>";

        Assert.Equal(6002, TagScanner.MaxDepth(html, 10_000));
    }

    [Fact]
    public void MaxDepth_TagsInCommentsAndScripts_AreNotCounted()
    {
        var html = "<!--" + string.Concat(Enumerable.Repeat("<div>", 5000)) + "--><script>var s = '" + string.Concat(Enumerable.Repeat("<span>", 5000)) + "';</script><div><b>x</b></div>";

        Assert.Equal(2, TagScanner.MaxDepth(html, 1024));
    }

    [Fact]
    public void Read_PageOverTheSizeLimit_IsRefusedWithTheLimit()
    {
        var reader = new HtmlReportReader(new HtmlReaderOptions { MaxInputBytes = 1024 });
        var bytes = Encoding.UTF8.GetBytes("<table>" + string.Concat(Enumerable.Repeat("<tr><td>1</td></tr>", 200)) + "</table>");

        var ex = Assert.Throws<DocumentReadException>(() => reader.Read(new SourceDocument("big.html", bytes)));

        Assert.Contains("over the 0 MB limit for HTML input", ex.Message.Replace("1 MB", "0 MB", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HundredThousandTableRows_IsRefusedBeforeParsing()
    {
        // 1.4 MB: one cell claiming every row and 1000 columns, then 100,000 rows below it.
        var html = "<table><tr><td rowspan=0 colspan=1000>x</td><td>y</td></tr>" + string.Concat(Enumerable.Repeat("<tr><td>1</tr>", 100_000)) + "</table>";

        var ex = Assert.Throws<DocumentReadException>(() => HtmlTestDocuments.Read(html));

        Assert.Contains("more than 100,000 elements", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowspanZeroColspanThousandOverThousandsOfRows_IsRefusedWithTheGridSize()
    {
        // Under the element limit, but one cell claims 1000 columns of every one of the 2,000 rows.
        var html = "<table><tr><td rowspan=0 colspan=1000>x</td><td>y</td></tr>" + string.Concat(Enumerable.Repeat("<tr><td>1</tr>", 2_000)) + "</table>";

        var ex = Assert.Throws<DocumentReadException>(() => HtmlTestDocuments.Read(html));

        Assert.Contains("grid cells", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RowspanZero_EndsWithItsRowGroup()
    {
        var html = """
            <table>
            <thead><tr><td rowspan="0">head</td><td>h1</td></tr><tr><td>h2</td></tr></thead>
            <tbody><tr><td>b1</td><td>b2</td></tr></tbody>
            </table>
            """;

        var table = HtmlTestDocuments.SingleTable(HtmlTestDocuments.Read(html));

        Assert.Equal(["0,0,2,1:head", "0,1,1,1:h1", "1,1,1,1:h2", "2,0,1,1:b1", "2,1,1,1:b2"], HtmlTestDocuments.Shape(table));
    }

    [Fact]
    public void Read_HugeSpans_AreClampedAsHtmlDoes()
    {
        var html = "<table><tr><td rowspan=999999 colspan=999999>a</td><td>b</td></tr><tr><td>c</td></tr></table>";

        var table = HtmlTestDocuments.SingleTable(HtmlTestDocuments.Read(html));

        Assert.Equal(["0,0,2,1000:a", "0,1000,1,1:b", "1,1000,1,1:c"], HtmlTestDocuments.Shape(table));
    }

    [Fact]
    public void Read_MostlyUtf8PageWithAFewBadBytes_StaysUtf8()
    {
        var text = "<html><body><p>" + string.Concat(Enumerable.Repeat("政府信息公开工作年度报告", 20)) + "</p></body></html>";
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert(20, 0xFF);
        bytes.Insert(60, 0xC3);

        var document = HtmlTestDocuments.ReadBytes([.. bytes]);

        Assert.Contains("政府信息公开工作年度报告", string.Concat(HtmlTestDocuments.Texts(document)), StringComparison.Ordinal);
        Assert.Contains(document.Diagnostics, static d => d.Code == DiagnosticCodes.Encoding && d.Message.Contains("U+FFFD", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_FullWidthDigitsInThePublishedDate_GiveTheDate()
    {
        var document = HtmlTestDocuments.Read("<title>某局2021年政府信息公开工作年度报告</title><div>发布日期：2021-５-27</div><p>正文</p>");

        Assert.Equal("2021-05-27", document.PublishedAtHint);
    }
}
