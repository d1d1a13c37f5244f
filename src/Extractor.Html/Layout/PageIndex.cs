using AngleSharp.Dom;

namespace Extractor.Html.Layout;

/// <summary>
/// What the metadata reader and the content locator look up in a page, found in one walk over its elements instead of
/// five (the meta tags, the first &lt;ucaptitle&gt;, the h1–h3 headings, the first &lt;title&gt; and every body
/// container each took a walk of the whole page: about 5 % of a 500-page batch's CPU). Names compare ignoring case, as
/// <c>GetElementsByTagName</c> and a CSS type selector do; every list is in document order.
/// </summary>
internal sealed class PageIndex
{
    private PageIndex()
    {
    }

    /// <summary>The &lt;meta&gt; elements, as <c>GetElementsByTagName("meta")</c> gives them.</summary>
    public List<IElement> Metas { get; } = [];

    /// <summary>The first &lt;ucaptitle&gt; (UCAP's title element), or null.</summary>
    public IElement? UcapTitle { get; private set; }

    /// <summary>The h1, h2 and h3 elements.</summary>
    public List<IElement> Headings { get; } = [];

    /// <summary>The first &lt;title&gt;, or null.</summary>
    public IElement? Title { get; private set; }

    /// <summary>The elements that look like a CMS body container (<see cref="ContentLocator.IsContainer"/>).</summary>
    public List<IElement> Containers { get; } = [];

    /// <summary>Walks the descendant elements of <paramref name="document"/> once.</summary>
    public static PageIndex Of(IDocument document)
    {
        var index = new PageIndex();
        DomSearch.ForEachElement(document, index.Visit);
        return index;
    }

    private void Visit(IElement element)
    {
        var name = element.LocalName;
        if (Is(name, "meta"))
        {
            Metas.Add(element);
        }
        else if (Is(name, "h1") || Is(name, "h2") || Is(name, "h3"))
        {
            Headings.Add(element);
        }
        else if (Is(name, "title"))
        {
            Title ??= element;
        }
        else if (Is(name, "ucaptitle"))
        {
            UcapTitle ??= element;
        }

        if (ContentLocator.IsContainer(element))
        {
            Containers.Add(element);
        }
    }

    private static bool Is(string name, string wanted) => string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase);
}
