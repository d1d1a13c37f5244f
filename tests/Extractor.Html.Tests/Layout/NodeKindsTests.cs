using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Html.Layout;
using Extractor.Testing;

namespace Extractor.Html.Tests.Layout;

public class NodeKindsTests
{
    /// <summary>HTML, SVG and MathML elements, text, a CDATA section in foreign content, duplicated and upper-case attributes.</summary>
    private const string Mixed = """
        <!DOCTYPE html><html><head><title>t</title><meta name="x" content="y"></head>
        <body><div id="zoom" ID="second" class="article-content" CLASS="other">一<span>二</span>
        <svg><text id="s" class="c">三<![CDATA[四]]></text><foreignObject><p id="f">五</p></foreignObject></svg>
        <math><mi class="m">x</mi></math><table><tr><td class="t" id="c">六</td></tr></table><o:p>七</o:p></div></body></html>
        """;

    [Fact]
    public void AsText_and_AsElement_answer_like_the_interface_tests_for_every_node()
    {
        var document = new HtmlParser().ParseDocument(Mixed + File.ReadAllText(TestPaths.Fixture("html", "2021-word-utf8.html")));
        var nodes = Descendants(document).ToList();

        Assert.NotEmpty(nodes);
        Assert.Contains(nodes, static n => n is IText);
        Assert.Contains(nodes, static n => n is IElement { NamespaceUri: "http://www.w3.org/2000/svg" });
        Assert.All(nodes, static n =>
        {
            Assert.Same(n as IText, NodeKinds.AsText(n));
            Assert.Same(n as IElement, NodeKinds.AsElement(n));
        });
    }

    [Fact]
    public void IdAndClass_gives_what_Attribute_gives_for_every_element()
    {
        var document = new HtmlParser().ParseDocument(Mixed + File.ReadAllText(TestPaths.Fixture("html", "2019-ucap-utf8.html")));
        var elements = Descendants(document).OfType<IElement>().ToList();

        Assert.NotEmpty(elements);
        Assert.Contains(elements, static e => DomSearch.Attribute(e, "id") is not null && DomSearch.Attribute(e, "class") is not null);
        Assert.All(elements, static e => Assert.Equal((DomSearch.Attribute(e, "id"), DomSearch.Attribute(e, "class")), NodeKinds.IdAndClass(e)));
    }

    private static IEnumerable<INode> Descendants(INode root)
    {
        foreach (var child in root.ChildNodes)
        {
            yield return child;
            foreach (var below in Descendants(child))
            {
                yield return below;
            }
        }
    }
}
