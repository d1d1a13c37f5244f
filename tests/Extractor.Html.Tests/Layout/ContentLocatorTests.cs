using AngleSharp.Html.Parser;
using Extractor.Html.Layout;

namespace Extractor.Html.Tests.Layout;

public class ContentLocatorTests
{
    private static string? FoundTag(string html) => ContentLocator.Find(new HtmlParser().ParseDocument(html)) is { } e
        ? e.LocalName + (e.Id is { Length: > 0 } id ? "#" + id : string.Empty)
        : null;

    [Theory]
    [InlineData("<body><p>菜单</p><ucapcontent><p>这是一份足够长的政府信息公开工作年度报告正文内容。</p></ucapcontent></body>", "ucapcontent")]
    [InlineData("<body><div id=\"zoom\"><p>这是一份足够长的政府信息公开工作年度报告正文内容。</p></div></body>", "div#zoom")]
    [InlineData("<body><div class=\"TRS_Editor\"><p>这是一份足够长的政府信息公开工作年度报告正文内容。</p></div></body>", "div")]
    [InlineData("<body><div id=\"UCAP-CONTENT\"><p>这是一份足够长的政府信息公开工作年度报告正文内容。</p></div></body>", "div#UCAP-CONTENT")]
    [InlineData("<body><div><p>这是一份足够长的政府信息公开工作年度报告正文内容。</p></div></body>", null)]
    public void Find_KnownContainers_AreFound(string html, string? expected)
    {
        Assert.Equal(expected, FoundTag(html));
    }

    [Fact]
    public void Find_NestedContainers_PrefersTheInnerOneThatHoldsTheText()
    {
        var html = "<body><div class=\"article-content\" id=\"zoomcon\"><ucapcontent><p>这是一份足够长的政府信息公开工作年度报告正文内容。</p></ucapcontent></div></body>";

        Assert.Equal("ucapcontent", FoundTag(html));
    }

    [Fact]
    public void Find_EmptyContainer_IsIgnored()
    {
        Assert.Null(FoundTag("<body><div id=\"zoom\"></div><p>这是一份足够长的政府信息公开工作年度报告正文内容。</p></body>"));
    }

    [Fact]
    public void Read_EmptyContainerFilledByScript_FallsBackToTheBody()
    {
        var document = HtmlTestDocuments.Read("<body><div id=\"zoom\"> </div><p>一、总体情况</p></body>");

        Assert.Equal(["一、总体情况"], HtmlTestDocuments.Texts(document));
    }
}
