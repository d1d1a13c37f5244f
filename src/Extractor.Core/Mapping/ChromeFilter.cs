using System.Text.RegularExpressions;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>Recognises page chrome that text dumps and pages carry along with a report: it belongs to no section.</summary>
internal static partial class ChromeFilter
{
    private static readonly string[] s_phrases =
    [
        "扫一扫在手机上查看当前页面", "扫一扫在手机打开当前页", "打印本页", "关闭窗口", "打印本文", "关闭本页", "【打印】", "【关闭】",
        "分享到", "上一篇", "下一篇", "字号:", "字体:", "【字体", "[字体", "视力保护色", "返回顶部", "相关链接", "收藏本页",
    ];

    public static bool IsChrome(string line)
    {
        if (HasIdeographs(line, 60))
        {
            // Normalising keeps every ideograph, so the label is 60 long or more, and a page number has at most four
            // (第5页共6页): not chrome, without normalising a whole paragraph.
            return false;
        }

        var norm = ChineseText.NormalizeLabel(line);
        if (norm.Length == 0 || PageNumberPattern().IsMatch(norm))
        {
            return true;
        }

        return norm.Length < 60 && Keywords.AnyIn(norm, s_phrases);
    }

    /// <summary>True when <paramref name="text"/> has at least <paramref name="count"/> CJK unified ideographs (U+4E00–U+9FFF).</summary>
    private static bool HasIdeographs(string text, int count)
    {
        if (text.Length < count)
        {
            return false;
        }

        foreach (var ch in text)
        {
            if (ch is >= '\u4E00' and <= '\u9FFF' && --count == 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Page numbers as WPS and Word print them: — 5 —, - 5 -, 第5页, 5/6.</summary>
    [GeneratedRegex(@"^(?:[-—–]+\d+[-—–]+|第\d+页(?:共\d+页)?|\d+/\d+|\d{1,3})$")]
    private static partial Regex PageNumberPattern();
}
