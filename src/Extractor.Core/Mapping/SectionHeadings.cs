using System.Text.RegularExpressions;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>Recognises the six section headings of the national format, in either script and with wording variants.</summary>
internal static partial class SectionHeadings
{
    /// <summary>The section keys in template order.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["overall", "active", "applications", "appeals", "problems", "other"];

    /// <summary>Returns the section key a heading line names, or null when the line is not a section heading.</summary>
    public static string? Match(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > 60)
        {
            return null;
        }

        var n = ChineseText.NormalizeLabel(line);
        var m = HeadingPattern().Match(n);
        if (!m.Success)
        {
            return null;
        }

        var rest = m.Groups["rest"].Value;
        var numeral = m.Groups["numeral"].Value;
        return numeral switch
        {
            "一" when rest.Contains("总体情况") || rest.StartsWith("概述", StringComparison.Ordinal) => "overall",
            "二" when rest.Contains("主动公开") => "active",
            "三" when rest.Contains("收到和处理") || rest.Contains("依申请公开") || rest.Contains("收到和办理") => "applications",
            "四" when (rest.Contains("复议") || rest.Contains("诉讼")) && !rest.Contains("结转") => "appeals",
            "五" when rest.Contains("问题") || rest.Contains("改进") || rest.Contains("不足") => "problems",
            "六" when rest.Contains("其他") || rest.Contains("其它") => "other",
            _ => null,
        };
    }

    [GeneratedRegex(@"^(?:第)?(?<numeral>[一二三四五六])(?:部分)?[、.,,:：]?(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingPattern();
}
