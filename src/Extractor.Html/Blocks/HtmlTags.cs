namespace Extractor.Html.Blocks;

/// <summary>What the walker needs to know about tag names.</summary>
internal static class HtmlTags
{
    /// <summary>Elements that start and end a line of text (HTML's block-level elements and list and table parts).</summary>
    private static readonly HashSet<string> s_blocks = new(StringComparer.Ordinal)
    {
        "address", "article", "blockquote", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt",
        "fieldset", "figcaption", "figure", "form", "h1", "h2", "h3", "h4", "h5", "h6", "hgroup", "hr", "legend", "li",
        "main", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    };

    /// <summary>True for elements that break lines before and after them.</summary>
    public static bool IsBlock(string localName) => s_blocks.Contains(localName);

    /// <summary>True for h1–h6.</summary>
    public static bool IsHeading(string localName) =>
        localName.Length == 2 && localName[0] == 'h' && localName[1] is >= '1' and <= '6';

    /// <summary>True for td and th.</summary>
    public static bool IsCell(string localName) => localName is "td" or "th";
}
