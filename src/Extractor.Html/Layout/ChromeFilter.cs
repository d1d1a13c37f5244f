using System.Buffers;
using AngleSharp.Dom;

namespace Extractor.Html.Layout;

/// <summary>Recognises page chrome (site header, menus, share and print bars) of Chinese government CMS pages.</summary>
internal static class ChromeFilter
{
    /// <summary>Elements whose content is never report text.</summary>
    private static readonly HashSet<string> s_skippedTags = new(StringComparer.Ordinal)
    {
        "script", "style", "noscript", "template", "head", "title", "meta", "link", "iframe", "frame", "frameset",
        "object", "embed", "svg", "canvas", "button", "select", "option", "input", "textarea", "audio", "video", "map",
    };

    /// <summary>Semantic chrome elements.</summary>
    private static readonly HashSet<string> s_chromeTags = new(StringComparer.Ordinal) { "nav", "header", "footer", "aside", "menu" };

    /// <summary>Words of class and id names that CMS templates give to chrome (header-t, mainNav, breadcrumb, bdshare, ewm = 二维码).</summary>
    private static readonly HashSet<string> s_chromeWords = new(StringComparer.Ordinal)
    {
        "header", "head", "footer", "foot", "nav", "navbar", "menu", "breadcrumb", "breadcrumbs", "crumb", "crumbs",
        "share", "bdshare", "toolbar", "copyright", "sidebar", "qrcode", "ewm", "topbar", "search", "position", "dqwz",
    };

    /// <summary>The same words, looked up by a slice of a lowered class or id.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_chromeWordSlices = s_chromeWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_chromeSuffixes = ["nav", "menu", "header", "footer"];

    /// <summary>What separates the words of a class or id name.</summary>
    private static readonly SearchValues<char> s_nameSeparators = SearchValues.Create("-_ \t\n");

    /// <summary>Phrases that make up whole chrome lines, longest first so that a long phrase wins over its parts.</summary>
    private static readonly string[] s_chromePhrases = new[]
    {
        "扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "在手机上查看当前页面", "手机扫一扫", "扫一扫",
        "打印本页", "打印此页", "打印文章", "打印", "关闭窗口", "关闭本页", "关闭", "字体大中小", "字号大中小",
        "字体", "字号", "大中小", "默认", "分享到", "分享", "收藏本页", "收藏", "返回顶部", "保存本页", "视力保护色",
    }.OrderByDescending(static p => p.Length).ToArray();

    private static readonly string[] s_chromePrefixes = ["当前位置", "您当前的位置", "您现在的位置", "您的位置", "上一篇", "下一篇", "分享到"];

    /// <summary>True for elements whose content is never read (scripts, styles, form controls, hidden elements).</summary>
    public static bool IsSkipped(IElement element)
    {
        if (s_skippedTags.Contains(element.LocalName))
        {
            return true;
        }

        // One pass over the attributes for both names (an element has each at most once); this runs for every element
        // of the page, two or three times.
        string? style = null;
        var attributes = element.Attributes;
        for (var i = 0; i < attributes.Length; i++)
        {
            if (attributes[i] is not { } attribute)
            {
                continue;
            }

            if (string.Equals(attribute.Name, "hidden", StringComparison.Ordinal))
            {
                return true;
            }

            if (string.Equals(attribute.Name, "style", StringComparison.Ordinal))
            {
                style ??= attribute.Value;
            }
        }

        // Word gives every span a style; look for "none" before paying for the normalisation.
        return style is not null
            && style.Contains("none", StringComparison.OrdinalIgnoreCase)
            && style.Replace(" ", string.Empty, StringComparison.Ordinal).Contains("display:none", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True for an element that looks like page chrome by its tag, class or id.</summary>
    public static bool IsChromeElement(IElement element)
    {
        if (s_chromeTags.Contains(element.LocalName))
        {
            return true;
        }

        // Attribute strings rather than ClassList, which allocates a token list per element.
        var (id, classes) = NodeKinds.IdAndClass(element);
        return (id is { Length: > 0 } && IsChromeName(id))
            || (classes is { Length: > 0 } && IsChromeName(classes));
    }

    /// <summary>True for a text line made only of chrome (扫一扫在手机上查看当前页面, 【打印本页】【关闭窗口】, 【字体：大 中 小】) or a breadcrumb.</summary>
    public static bool IsChromeLine(string text)
    {
        if (text.Length > 80)
        {
            return false;
        }

        foreach (var prefix in s_chromePrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        var rest = new string(text.Where(static ch => !char.IsWhiteSpace(ch) && !IsSeparator(ch)).ToArray());
        if (rest.Length == 0)
        {
            return false;
        }

        foreach (var phrase in s_chromePhrases)
        {
            rest = rest.Replace(phrase, string.Empty, StringComparison.Ordinal);
        }

        return rest.Length == 0;
    }

    private static bool IsChromeName(string name)
    {
        // Word pages give hundreds of elements a class (MsoNormal): lower-case into a stack buffer and look the parts
        // up as spans instead of a lowered copy and an array of parts per element.
        Span<char> lowered = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        name.AsSpan().ToLowerInvariant(lowered);
        foreach (var range in ((ReadOnlySpan<char>)lowered).SplitAny(s_nameSeparators))
        {
            var part = lowered[range];
            if (part.IsEmpty)
            {
                continue;
            }

            if (s_chromeWordSlices.Contains(part))
            {
                return true;
            }

            foreach (var suffix in s_chromeSuffixes)
            {
                if (part.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsSeparator(char ch) => "【】[]（）()|｜:：/·•,，;；".Contains(ch, StringComparison.Ordinal);
}
