using System.Net;
using System.Text.RegularExpressions;

namespace Extractor.Worker.Crawling;

/// <summary>
/// Finds links in a page's text, including those inside <c>&lt;script&gt;</c> and CDATA blocks: government CMSs often
/// write their listings with <c>document.write('&lt;a …&gt;')</c> or as JavaScript arrays of {title, url} objects.
/// Works on the raw text with patterns rather than a DOM, because a DOM does not see links that only exist in script.
/// </summary>
internal static partial class LinkExtractor
{
    private const int MaxLinks = 5000;

    public static IReadOnlyList<PageLink> Extract(string html, Uri pageUri)
    {
        var baseUri = BaseOf(html, pageUri);

        // Unescape the JavaScript string escapes that hide markup inside script (\" \' \/), so anchors there match too.
        var text = html.Replace("\\\"", "\"", StringComparison.Ordinal)
            .Replace("\\'", "'", StringComparison.Ordinal)
            .Replace("\\/", "/", StringComparison.Ordinal)
            .Replace("<![CDATA[", string.Empty, StringComparison.Ordinal)
            .Replace("]]>", string.Empty, StringComparison.Ordinal);

        var links = new List<PageLink>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match m in AnchorPattern().Matches(text))
        {
            Add(links, seen, baseUri, m.Groups["href"].Value, CleanText(m.Groups["text"].Value));
            if (links.Count >= MaxLinks)
            {
                return links;
            }
        }

        foreach (Match script in ScriptPattern().Matches(text))
        {
            var body = script.Groups[1].Value;
            foreach (Match u in QuotedUrlPattern().Matches(body))
            {
                // The label of a URL in a JS object is the other text of its {…}: the smallest braces around it.
                var open = body.LastIndexOf('{', u.Index);
                var close = body.IndexOf('}', u.Index);
                var label = open >= 0 && close > u.Index && close - open < 600
                    ? body[(open + 1)..close]
                    : Line(body, u.Index);
                Add(links, seen, baseUri, u.Groups[2].Value, CleanText(ScriptNoisePattern().Replace(label, " ")));
                if (links.Count >= MaxLinks)
                {
                    return links;
                }
            }
        }

        return links;
    }

    /// <summary>Strips tags and entities from a label and collapses whitespace.</summary>
    public static string CleanText(string raw)
    {
        var noTags = TagPattern().Replace(raw, " ");
        var decoded = WebUtility.HtmlDecode(noTags);
        return SpacePattern().Replace(decoded, " ").Trim();
    }

    private static void Add(List<PageLink> links, HashSet<string> seen, Uri baseUri, string href, string text)
    {
        href = WebUtility.HtmlDecode(href.Trim());
        if (href.Length == 0 || href.StartsWith('#')
            || href.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase)
            || href.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        if (!Uri.TryCreate(baseUri, href, out var uri) || uri.Scheme is not ("http" or "https" or "file"))
        {
            return;
        }

        uri = WithoutFragment(uri);
        if (seen.Add(uri.AbsoluteUri + "\n" + text))
        {
            links.Add(new PageLink(uri, text));
        }
    }

    public static Uri WithoutFragment(Uri uri)
        => string.IsNullOrEmpty(uri.Fragment) ? uri : new UriBuilder(uri) { Fragment = string.Empty }.Uri;

    private static Uri BaseOf(string html, Uri pageUri)
    {
        var m = BasePattern().Match(html);
        return m.Success && Uri.TryCreate(pageUri, WebUtility.HtmlDecode(m.Groups[1].Value), out var b) ? b : pageUri;
    }

    private static string Line(string body, int index)
    {
        var start = body.LastIndexOf('\n', index) + 1;
        var end = body.IndexOf('\n', index);
        return body[start..(end < 0 ? body.Length : end)];
    }

    [GeneratedRegex("""<a\b[^>]*?\bhref\s*=\s*(?:"(?<href>[^"]*)"|'(?<href>[^']*)'|(?<href>[^\s>]+))[^>]*>(?<text>.*?)</a\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline, 5000)]
    private static partial Regex AnchorPattern();

    [GeneratedRegex("""<script\b[^>]*>(.*?)</script\s*>""", RegexOptions.IgnoreCase | RegexOptions.Singleline, 5000)]
    private static partial Regex ScriptPattern();

    // A quoted string that looks like a document URL: a path ending in a page or file extension, optionally with a query.
    [GeneratedRegex("""(["'])((?:https?://|\.{0,2}/)?[^"'\s<>(){};,]*?\.(?:s?html?|pdf|docx?|wps|txt)(?:\?[^"'\s<>]*)?)\1""", RegexOptions.IgnoreCase, 5000)]
    private static partial Regex QuotedUrlPattern();

    [GeneratedRegex("""<base\b[^>]*\bhref\s*=\s*["']([^"']+)["']""", RegexOptions.IgnoreCase)]
    private static partial Regex BasePattern();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex TagPattern();

    // Quotes, JS punctuation and the usual property names around a label inside a script object.
    [GeneratedRegex("[\"'{}:,;+]|\\b(?:title|url|href|name|link|text)\\b", RegexOptions.IgnoreCase)]
    private static partial Regex ScriptNoisePattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex SpacePattern();
}
