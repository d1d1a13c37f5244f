using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Html.Layout;
using Extractor.Testing;

namespace Extractor.Html.Tests.Layout;

/// <summary>The page's one walk finds what the separate look-ups it replaced found, on every HTML fixture.</summary>
public class PageIndexTests
{
    /// <summary>Nested containers (one inside a table, one empty, one with only a table), upper-case names, SVG, a second title.</summary>
    private const string Nested = """
        <!DOCTYPE html><html><head><TITLE>甲 - 站</TITLE><META name="ArticleTitle" content="乙"><meta name="PubDate" content="2023-01-02"></head>
        <body><div id="zoomcon" class="article-content">  前言　<h1>标题</h1><UCAPTITLE>丙</UCAPTITLE>
        <table><tr><td><div class="trs_editor">表内 <b>文字</b><h2>二</h2></div></td></tr></table>
        <div id="ZOOM"><table><tr><td></td></tr></table></div><div class="pages_content"> </div>
        <svg><title>图</title><text class="article_content">四</text></svg><h3>三</h3><ucapcontent>正文<script>var a = 1;</script></ucapcontent></div>
        <title>second</title><h4>不算</h4></body></html>
        """;

    public static TheoryData<string> Pages()
    {
        var pages = new TheoryData<string> { Nested };
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(TestPaths.Fixture("html", "2021-word-utf8.html"))!, "*.html").Order(StringComparer.Ordinal))
        {
            pages.Add(Path.GetFileName(file));
        }

        return pages;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public void One_walk_finds_what_the_separate_look_ups_find(string page)
    {
        var html = page.EndsWith(".html", StringComparison.Ordinal) ? File.ReadAllText(TestPaths.Fixture("html", page)) : page;
        var document = new HtmlParser().ParseDocument(html);

        var index = PageIndex.Of(document);

        Assert.Equal(document.GetElementsByTagName("meta"), index.Metas);
        Assert.Equal(DomSearch.Descendants(document, "h1", "h2", "h3"), index.Headings);
        Assert.Same(document.QuerySelector("title"), index.Title);
        Assert.Same(document.QuerySelector("ucaptitle"), index.UcapTitle);
        // Some fixtures have no container (the reader then reads the body); the nested page and the CMS fixtures have several.
        var containers = document.All.Where(ContentLocator.IsContainer).ToList();
        Assert.Equal(containers, index.Containers.Select(static c => c.Element));
        if (containers.Count == 0)
        {
            return;
        }

        Assert.NotEmpty(index.Containers);
        Assert.All(index.Containers, static c =>
        {
            Assert.Equal(DomSearch.VisibleTextLength(c.Element), c.TextLength);
            Assert.Equal(DomSearch.HasDescendant(c.Element, "table"), c.HasTable);
        });
    }

    [Fact]
    public void Nested_containers_are_each_measured()
    {
        var index = PageIndex.Of(new HtmlParser().ParseDocument(Nested));

        // #zoomcon, .trs_editor (in a table), #ZOOM (only a table), .pages_content (blank), SVG text.article_content, ucapcontent (with its script's text).
        Assert.Equal(["div", "div", "div", "div", "text", "ucapcontent"], index.Containers.Select(static c => c.Element.LocalName));
        Assert.Equal([22, 5, 0, 0, 1, 9], index.Containers.Select(static c => c.TextLength));
        Assert.Equal([true, false, true, false, false, false], index.Containers.Select(static c => c.HasTable));
        Assert.Equal(2, index.Metas.Count);
        Assert.Equal(["h1", "h2", "h3"], index.Headings.Select(static h => h.LocalName));
        Assert.Equal("甲 - 站", index.Title?.TextContent);
        Assert.Equal("丙", index.UcapTitle?.TextContent);
    }
}
