using Extractor.Worker.Crawling;

namespace Extractor.Worker.Tests.Crawling;

public sealed class LinkExtractorTests
{
    private static readonly Uri s_page = new("http://www.example.gov.cn/xxgk/ndbg/index.html");

    [Fact]
    public void Extract_PlainAnchor_ResolvesAgainstThePage()
    {
        var links = LinkExtractor.Extract("<a href=\"t2024_1.html\">2023年<b>年度报告</b></a>", s_page);

        var link = Assert.Single(links);
        Assert.Equal("http://www.example.gov.cn/xxgk/ndbg/t2024_1.html", link.Url.AbsoluteUri);
        Assert.Equal("2023年 年度报告", link.Text);
    }

    [Fact]
    public void Extract_DocumentWriteInsideCdata_FindsTheEscapedAnchor()
    {
        const string html = "<script>//<![CDATA[\ndocument.write('<a href=\\\"..\\/2022\\/r.html\\\">2022年度报告<\\/a>');\n//]]></script>";

        var links = LinkExtractor.Extract(html, s_page);

        Assert.Contains(links, l => l.Url.AbsoluteUri == "http://www.example.gov.cn/xxgk/2022/r.html" && l.Text.Contains("年度报告", StringComparison.Ordinal));
    }

    [Fact]
    public void Extract_JavaScriptArrayOfObjects_LabelsEachUrlWithItsTitle()
    {
        const string html = """
            <script>var list = [{title:"甲局2021年报", url:"a.html"}, {title:"通知", url:"b.html"}];</script>
            """;

        var links = LinkExtractor.Extract(html, s_page);

        Assert.Contains("年报", links.Single(l => l.Url.AbsolutePath.EndsWith("/a.html", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("年报", links.Single(l => l.Url.AbsolutePath.EndsWith("/b.html", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Extract_BaseHrefAndFragmentsAndJavascriptLinks_AreHandled()
    {
        const string html = "<base href=\"http://www.example.gov.cn/other/\"><a href=\"r.html#top\">x</a><a href=\"javascript:void(0)\">y</a><a href=\"#\">z</a>";

        var link = Assert.Single(LinkExtractor.Extract(html, s_page));

        Assert.Equal("http://www.example.gov.cn/other/r.html", link.Url.AbsoluteUri);
    }
}
