using AngleSharp.Dom;

namespace Extractor.Html.Layout;

/// <summary>
/// What the metadata reader and the content locator look up in a page, found in one walk over its nodes instead of one
/// walk per question (the meta tags, the first &lt;ucaptitle&gt;, the h1–h3 headings, the first &lt;title&gt;, every
/// body container, then each container's text again to measure it: about 5 % of a 500-page batch's CPU). Names compare
/// ignoring case, as <c>GetElementsByTagName</c> and a CSS type selector do; every list is in document order.
/// </summary>
internal sealed class PageIndex
{
    /// <summary>The containers whose subtree the walk is in, innermost last (indexes into <see cref="Containers"/>).</summary>
    private readonly List<int> _open = [];

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

    /// <summary>
    /// The elements that look like a CMS body container (<see cref="ContentLocator.IsContainer"/>), each with how many
    /// characters of its text are not whitespace (<see cref="DomSearch.VisibleTextLength"/>) and whether a table is inside.
    /// </summary>
    public List<PageContainer> Containers { get; } = [];

    /// <summary>Walks the nodes of <paramref name="document"/> once, iteratively (depth cannot overflow the stack).</summary>
    public static PageIndex Of(IDocument document)
    {
        var index = new PageIndex();
        var frames = new Stack<(INodeList Children, int Next, bool OpensContainer)>();
        frames.Push((document.ChildNodes, 0, false));
        while (frames.Count > 0)
        {
            var (children, next, opensContainer) = frames.Pop();
            if (next >= children.Length)
            {
                if (opensContainer)
                {
                    index._open.RemoveAt(index._open.Count - 1);
                }

                continue;
            }

            frames.Push((children, next + 1, opensContainer));
            var node = children[next];
            if (NodeKinds.AsElement(node) is { } element)
            {
                frames.Push((element.ChildNodes, 0, index.Visit(element)));
            }
            else if (index._open.Count > 0 && NodeKinds.AsText(node) is { } text)
            {
                index.CountText(text.Data);
            }
        }

        return index;
    }

    /// <summary>Files <paramref name="element"/>; true when it is a container (its subtree is then counted for it).</summary>
    private bool Visit(IElement element)
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
        else if (Is(name, "table"))
        {
            foreach (var open in _open)
            {
                Containers[open] = Containers[open] with { HasTable = true };
            }
        }

        if (!ContentLocator.IsContainer(element))
        {
            return false;
        }

        _open.Add(Containers.Count);
        Containers.Add(new PageContainer(element, 0, false));
        return true;
    }

    private void CountText(string text)
    {
        var visible = 0;
        foreach (var ch in text)
        {
            if (!char.IsWhiteSpace(ch))
            {
                visible++;
            }
        }

        if (visible == 0)
        {
            return;
        }

        foreach (var open in _open)
        {
            Containers[open] = Containers[open] with { TextLength = Containers[open].TextLength + visible };
        }
    }

    private static bool Is(string name, string wanted) => string.Equals(name, wanted, StringComparison.OrdinalIgnoreCase);
}
