using AngleSharp.Dom;

namespace Extractor.Html.Layout;

/// <summary>Finds the element that holds the report body on government CMS pages (UCAP, TRS and look-alikes).</summary>
internal static class ContentLocator
{
    /// <summary>Ids of body containers: UCAP's #UCAP-CONTENT, TRS's #zoom, and their variants (compared case-insensitively).</summary>
    private static readonly HashSet<string> s_ids = new(StringComparer.OrdinalIgnoreCase) { "ucap-content", "zoom", "zoomcon", "fontzoom", "js_content" };

    /// <summary>Classes of body containers (compared case-insensitively).</summary>
    private static readonly HashSet<string> s_classes = new(StringComparer.OrdinalIgnoreCase)
    {
        "trs_editor", "trs_ueditor", "article-content", "article_content", "pages_content",
    };

    /// <summary>The same set, looked up by a slice of the class attribute (every element is asked: no split strings).</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_classSlices = s_classes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Below this many characters a container is an empty shell (e.g. a script-filled placeholder).</summary>
    private const int MinimumText = 20;

    /// <summary>
    /// The innermost container that holds (nearly) all the text of the largest one, or null when the page has none:
    /// pages nest them (#zoomcon.article-content around &lt;ucapcontent&gt;), and the inner one has less chrome.
    /// </summary>
    public static IElement? Find(IDocument document) => Find(PageIndex.Of(document));

    /// <summary>As <see cref="Find(IDocument)"/>, from the containers the page's one walk found.</summary>
    public static IElement? Find(PageIndex page)
    {
        var candidates = new List<(IElement Element, int Length)>();
        foreach (var container in page.Containers)
        {
            if (container.TextLength >= MinimumText || container.HasTable)
            {
                candidates.Add((container.Element, container.TextLength));
            }
        }

        if (candidates.Count == 0)
        {
            return null;
        }

        var best = candidates.MaxBy(static c => c.Length);
        while (true)
        {
            var current = best;
            var inner = candidates
                .Where(c => c.Element != current.Element && current.Element.Contains(c.Element) && c.Length * 10 >= current.Length * 9)
                .OrderByDescending(static c => c.Length)
                .FirstOrDefault();
            if (inner.Element is null)
            {
                return best.Element;
            }

            best = inner;
        }
    }

    /// <summary>True for an element that looks like a body container by its tag, id or class.</summary>
    public static bool IsContainer(IElement element)
    {
        if (element.LocalName == "ucapcontent")
        {
            return true;
        }

        var (id, classes) = NodeKinds.IdAndClass(element);
        if (id is { Length: > 0 } && s_ids.Contains(id.Trim()))
        {
            return true;
        }

        if (string.IsNullOrWhiteSpace(classes))
        {
            return false;
        }

        var span = classes.AsSpan();
        foreach (var range in span.SplitAny(" \t\n"))
        {
            if (span[range] is { Length: > 0 } name && s_classSlices.Contains(name))
            {
                return true;
            }
        }

        return false;
    }
}
