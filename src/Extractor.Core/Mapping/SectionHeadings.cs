using System.Text.RegularExpressions;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>
/// Recognises section headings by what they say, not by their numeral alone: the six headings of the national format in
/// either script and with wording variants, the part names of pre-2019 reports (概述, 主要问题和改进措施, 收费及减免情况 …,
/// SCHEMA.md §7) and the content headings that stand in for a missing 五/六 (（一）主要问题, 改进情况, 其他需要报告的事项).
/// A numbered line whose words name no section (六、政府信息公开平台建设 inside 总体情况) is not a heading.
/// </summary>
internal static partial class SectionHeadings
{
    /// <summary>Pseudo key of a pre-2019 statistics-table caption (七、政府信息公开情况统计表): it ends the narrative before it and holds none.</summary>
    public const string Statistics = "statistics";

    /// <summary>The section keys in template order.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["overall", "active", "applications", "appeals", "problems", "other"];

    /// <summary>Returns the section key a numbered heading line names, or null when the line is not a section heading.</summary>
    public static string? Match(string line) => Find(line) is { Numbered: true, Key: var key } && key != Statistics ? key : null;

    /// <summary>
    /// The heading a line is, if any: a numbered heading (一、… to 十、…, 第一部分 …) whose words name a section, or a
    /// content heading (unnumbered or bracket-numbered) naming 主要问题/改进情况/其他需要报告的事项/收费及减免.
    /// </summary>
    public static SectionHeading? Find(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        if (line.Length > 60)
        {
            return null;
        }

        var n = ChineseText.NormalizeLabel(line);
        var m = NumberedPattern().Match(n);
        if (m.Success)
        {
            var rest = m.Groups["rest"].Value;
            return PartKey(rest) is { } key ? new SectionHeading(key, true, Numeral(m.Groups["numeral"].Value)) : null;
        }

        // Content headings: a short label line, not a sentence, whose words say which part follows.
        if (n.Contains('。', StringComparison.Ordinal) || n.Length > 40)
        {
            return null;
        }

        var content = ContentPrefix().Replace(n, string.Empty);
        if (ContentProblems().IsMatch(content))
        {
            return new SectionHeading("problems", false, 0);
        }

        if (ContentOther().IsMatch(content))
        {
            return new SectionHeading("other", false, 0);
        }

        return null;
    }

    /// <summary>The section a part name belongs to (national and pre-2019 wording), or null.</summary>
    private static string? PartKey(string rest)
    {
        if (rest.Length == 0)
        {
            return null;
        }

        if (rest.Contains("总体情况", StringComparison.Ordinal) || rest.StartsWith("概述", StringComparison.Ordinal) || rest.StartsWith("概况", StringComparison.Ordinal) || rest.StartsWith("基本情况", StringComparison.Ordinal))
        {
            return "overall";
        }

        if (rest.Contains("统计表", StringComparison.Ordinal) || rest.Contains("统计情况表", StringComparison.Ordinal))
        {
            return Statistics;
        }

        if ((rest.Contains("复议", StringComparison.Ordinal) || rest.Contains("诉讼", StringComparison.Ordinal)) && !rest.Contains("结转", StringComparison.Ordinal))
        {
            return "appeals";
        }

        if (rest.Contains("收到和处理", StringComparison.Ordinal) || rest.Contains("收到和办理", StringComparison.Ordinal) || rest.Contains("依申请", StringComparison.Ordinal)
            || rest.Contains("申请公开", StringComparison.Ordinal) || rest.EndsWith("申请情况", StringComparison.Ordinal))
        {
            return "applications";
        }

        if (rest.Contains("主动公开", StringComparison.Ordinal) && (rest.EndsWith("情况", StringComparison.Ordinal) || rest.Length <= 12))
        {
            return "active";
        }

        if (rest.Contains("问题", StringComparison.Ordinal) || rest.Contains("改进", StringComparison.Ordinal) || rest.Contains("不足", StringComparison.Ordinal))
        {
            return "problems";
        }

        // 其他需要报告的事项, and the pre-2019 parts the national format has no place for (收费及减免, 咨询处理, 审批事项, 工作人员及费用).
        return rest.Contains("其他", StringComparison.Ordinal) || rest.Contains("其它", StringComparison.Ordinal) || LegacyOtherPart().IsMatch(rest) ? "other" : null;
    }

    private static int Numeral(string numeral) => "一二三四五六七八九十".IndexOf(numeral[0], StringComparison.Ordinal) + 1;

    [GeneratedRegex(@"^(?:第)?(?<numeral>[一二三四五六七八九十])(?:部分)?(?:[、.,，:：]|部分)(?<rest>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"^(?:\(?[一二三四五六七八九十\d]+[)）.、]|[①-⑩])?", RegexOptions.CultureInvariant)]
    private static partial Regex ContentPrefix();

    // （一）主要问题, （二）改进情况, （二）2025年工作中存在的主要问题, （一）2024年工作中存在问题的改进情况.
    [GeneratedRegex(@"^(?:\d{4}年(?:度)?(?:工作中)?)?(?:存在的?(?:主要)?问题|主要问题|问题及改进|问题和改进|改进情况|改进措施|整改情况|工作中存在)|存在的?(?:主要)?问题(?:及|和|的)?(?:改进|整改)?(?:情况|措施)?$|存在问题的改进情况$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentProblems();

    [GeneratedRegex(@"^(?:其他|其它)需要报告的事项$|^(?:依申请)?收费及减免(?:情况)?$", RegexOptions.CultureInvariant)]
    private static partial Regex ContentOther();

    [GeneratedRegex(@"收费|减免|费用|支出|咨询|审批事项|工作人员", RegexOptions.CultureInvariant)]
    private static partial Regex LegacyOtherPart();
}
