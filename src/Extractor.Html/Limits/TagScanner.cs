namespace Extractor.Html.Limits;

/// <summary>
/// Counts the elements of a page and estimates how deep they nest, from its tags alone and in linear time, before
/// AngleSharp parses it: the tree builder slows down sharply with depth (40,000 nested divs take 17 s, 100,000 never
/// finish) and costs tens of microseconds per element (100,000 table rows take 10 s). The estimate keeps a stack of
/// open elements and applies the HTML parser's commonest implied closes (an end tag closes what was opened inside
/// it; p, li, dt, dd, option, tr, td and th close their open predecessor), so unclosed spans in a paragraph count
/// until the paragraph ends, as in the real tree.
/// </summary>
internal static class TagScanner
{
    private static readonly HashSet<string> s_void = new(StringComparer.Ordinal)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "basefont", "bgsound", "frame", "keygen", "image",
    };

    /// <summary>Start tags that close an open p (HTML §13.2.6.4.7, "close a p element").</summary>
    private static readonly HashSet<string> s_closesP = new(StringComparer.Ordinal)
    {
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "main", "menu",
        "nav", "ol", "p", "pre", "section", "summary", "ul", "table", "listing", "xmp", "li", "dd", "dt",
    };

    /// <summary>Elements whose content is raw text: their bodies are skipped up to the end tag.</summary>
    private static readonly HashSet<string> s_rawText = new(StringComparer.Ordinal) { "script", "style", "textarea", "title", "xmp", "plaintext", "noscript", "iframe", "noembed", "noframes" };

    /// <summary>Names longer than the scan's 16-character buffer: no HTML element that matters here has one.</summary>
    private static readonly ScannedTag s_unknown = new("?", IsVoid: false, IsRawText: false, ClosesP: false);

    /// <summary>The deepest nesting found, or the first depth past <paramref name="stopAt"/>.</summary>
    public static int MaxDepth(ReadOnlySpan<char> html, int stopAt) => Scan(html, stopAt, int.MaxValue).MaxDepth;

    /// <summary>The start tags and deepest nesting of <paramref name="html"/>; stops once either passes its limit.</summary>
    public static TagCounts Scan(ReadOnlySpan<char> html, int maxDepth, int maxElements, CancellationToken cancellation = default)
    {
        cancellation.ThrowIfCancellationRequested();
        var open = new List<string>();
        // One string per tag name, so the open stack compares by reference; string.Intern took its global lock per tag.
        var names = new Dictionary<string, ScannedTag>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        // The last tag met per first letter (a–z): td, tr, p, span repeat, and a compare is cheaper than hashing the name.
        var recent = new ScannedTag?[26];
        var elements = 0;
        var max = 0;
        var i = 0;
        Span<char> name = stackalloc char[16];
        while (i < html.Length)
        {
            if ((elements & 0xFFF) == 0xFFF)
            {
                cancellation.ThrowIfCancellationRequested();
            }

            var lt = html[i..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            i += lt + 1;
            if (i >= html.Length)
            {
                break;
            }

            if (html[i..].StartsWith("!--"))
            {
                var end = html[i..].IndexOf("-->");
                i = end < 0 ? html.Length : i + end + 3;
                continue;
            }

            var closing = html[i] == '/';
            if (closing)
            {
                i++;
            }

            var length = 0;
            while (i < html.Length && char.IsAsciiLetterOrDigit(html[i]))
            {
                if (length < name.Length)
                {
                    name[length] = char.ToLowerInvariant(html[i]);
                }

                length++;
                i++;
            }

            if (length == 0 || !char.IsAsciiLetter(name[0]))
            {
                continue;
            }

            var scanned = length > name.Length ? s_unknown
                : recent[name[0] - 'a'] is { } last && name[..length].SequenceEqual(last.Name) ? last
                : recent[name[0] - 'a'] = TagOf(names, name[..length]);
            var tag = scanned.Name;
            var gt = html[i..].IndexOf('>');
            var selfClosing = gt > 0 && html[i + gt - 1] == '/';
            i = gt < 0 ? html.Length : i + gt + 1;
            if (closing)
            {
                PopTo(open, tag, static _ => false);
                continue;
            }

            if (++elements > maxElements)
            {
                return new TagCounts(max, elements);
            }

            if (scanned.IsVoid)
            {
                continue;
            }

            if (scanned.IsRawText)
            {
                var end = html[i..].IndexOf(("</" + tag).AsSpan(), StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : i + end;
                continue;
            }

            if (selfClosing && tag is not ("div" or "span" or "p" or "font" or "b" or "i" or "a" or "table" or "td" or "tr"))
            {
                // Foreign content (svg, math, o:p) honours />; HTML elements ignore it and stay open.
                continue;
            }

            CloseImplied(open, scanned);
            open.Add(tag);
            if (open.Count > max)
            {
                max = open.Count;
                if (max > maxDepth)
                {
                    return new TagCounts(max, elements);
                }
            }
        }

        return new TagCounts(max, elements);
    }

    private static ScannedTag TagOf(Dictionary<string, ScannedTag>.AlternateLookup<ReadOnlySpan<char>> names, ReadOnlySpan<char> name)
    {
        if (!names.TryGetValue(name, out var tag))
        {
            var text = new string(name);
            tag = new ScannedTag(text, s_void.Contains(text), s_rawText.Contains(text), s_closesP.Contains(text));
            names[name] = tag;
        }

        return tag;
    }

    private static void CloseImplied(List<string> open, ScannedTag scanned)
    {
        var tag = scanned.Name;
        switch (tag)
        {
            case "li":
                PopTo(open, "li", static t => t is "ul" or "ol" or "table" or "td" or "th");
                break;
            case "dt" or "dd":
                PopTo(open, "dd", static t => t is "dl" or "table" or "td" or "th");
                PopTo(open, "dt", static t => t is "dl" or "table" or "td" or "th");
                break;
            case "option":
                PopTo(open, "option", static t => t is "select" or "table");
                break;
            case "td" or "th":
                PopTo(open, "td", static t => t is "tr" or "table");
                PopTo(open, "th", static t => t is "tr" or "table");
                break;
            case "tr":
                PopTo(open, "tr", static t => t is "table" or "tbody" or "thead" or "tfoot");
                break;
            case "tbody" or "thead" or "tfoot":
                PopTo(open, "tbody", static t => t == "table");
                PopTo(open, "thead", static t => t == "table");
                PopTo(open, "tfoot", static t => t == "table");
                break;
            default:
                break;
        }

        if (scanned.ClosesP)
        {
            PopTo(open, "p", static t => t is "table" or "td" or "th" or "button" or "caption" or "object" or "marquee" or "applet");
        }
    }

    /// <summary>Pops the open elements down to and including the nearest <paramref name="tag"/>, unless a scope boundary comes first.</summary>
    private static void PopTo(List<string> open, string tag, Func<string, bool> boundary)
    {
        for (var k = open.Count - 1; k >= 0; k--)
        {
            if (ReferenceEquals(open[k], tag) || open[k] == tag)
            {
                open.RemoveRange(k, open.Count - k);
                return;
            }

            if (boundary(open[k]))
            {
                return;
            }
        }
    }
}
