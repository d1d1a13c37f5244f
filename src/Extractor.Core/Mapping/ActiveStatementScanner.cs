using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Checks.Narrative;
using Extractor.Core.Records;

namespace Extractor.Core.Mapping;

/// <summary>
/// Finds what the narrative states for table 二's quantities: 规章 / 行政规范性文件 制发 · 废止 · 现行有效 counts and the
/// 行政许可 / 处罚 / 强制 decision counts. Built to miss rather than misread: the noun must be followed directly by its
/// number and 件, the verb before it must say which column it is, and nothing in the clause may point at another
/// year, a review, a share or an application. A quantity stated twice with different numbers is not stated.
/// </summary>
internal static partial class ActiveStatementScanner
{
    /// <summary>A verb further than this before its noun governs something else.</summary>
    private const int MaximumVerbDistance = 30;

    /// <summary>A statement's subject and verb sit after the last of these; 、 joins a list one verb governs.</summary>
    private static readonly char[] s_clauseBreaks = ['，', ',', '；', ';', '：', ':', '（', '(', '）', ')'];

    /// <summary>The statements of <paramref name="sections"/> that are unambiguous, one per quantity at most.</summary>
    /// <param name="sections">The report's narrative sections.</param>
    /// <param name="year">The report year: a clause naming another year is about that year.</param>
    /// <param name="conflicts">Quantities stated with two different numbers, for the diagnostic.</param>
    public static IReadOnlyList<ActiveStatement> Scan(ReportSections sections, int? year, out IReadOnlyList<string> conflicts)
    {
        var found = new List<ActiveStatement>();
        foreach (var (key, text) in new[] { ("overall", sections.Overall), ("active", sections.Active) })
        {
            if (string.IsNullOrEmpty(text))
            {
                continue;
            }

            foreach (var sentence in SentenceBreaks().Split(text))
            {
                found.AddRange(ScanSentence(SimplifiedText.Fold(sentence), key, year));
            }
        }

        var disagreeing = found.GroupBy(static s => (s.Row, s.Column)).Where(static g => g.Select(static s => s.Value).Distinct().Count() > 1).ToList();
        conflicts = disagreeing.Select(static g => $"{g.Key.Row}/{g.Key.Column}: {string.Join(" vs ", g.Select(static s => $"「{s.Phrase}」"))}").ToList();
        var dropped = disagreeing.Select(static g => g.Key).ToHashSet();
        return found.Where(s => !dropped.Contains((s.Row, s.Column)))
            .DistinctBy(static s => (s.Row, s.Column))
            .ToList();
    }

    private static IEnumerable<ActiveStatement> ScanSentence(string sentence, string section, int? year)
    {
        foreach (Match m in Quantity().Matches(sentence))
        {
            var clauseStart = sentence.LastIndexOfAny(s_clauseBreaks, Math.Max(0, m.Index - 1)) + 1;
            if (m.Index == 0)
            {
                clauseStart = 0;
            }

            var context = sentence[clauseStart..m.Index];
            if (StopWords().IsMatch(context) || OtherYear(context, year))
            {
                continue;
            }

            var noun = m.Groups["noun"].Value;
            var row = noun switch
            {
                "规章" => "regulations",
                "规范性文件" or "行政规范性文件" => "normative_documents",
                "行政许可" => "licensing",
                "行政处罚" => "penalty",
                _ => "coercion",
            };
            var column = row is "regulations" or "normative_documents" ? DocumentColumn(context) : DecisionColumn(context, m.Groups["decision"].Success);
            // 截至年底现行有效… is how an in-force count is said; for any other count it points at a running total.
            if (column is not "in_force" && RunningTotal().IsMatch(context))
            {
                continue;
            }

            if (column is null || !decimal.TryParse(m.Groups["n"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            yield return new ActiveStatement(row, column, value, sentence[clauseStart..(m.Index + m.Length)], section);
        }
    }

    /// <summary>现行有效 right before the noun is the in-force count; otherwise the nearest verb before it says which column.</summary>
    private static string? DocumentColumn(string context)
    {
        if (InForceBefore().IsMatch(context))
        {
            return "in_force";
        }

        var verb = DocumentVerb().Matches(context).LastOrDefault();
        if (verb is null || context.Length - (verb.Index + verb.Length) > MaximumVerbDistance)
        {
            return null;
        }

        return verb.Value is "废止" or "宣布失效" or "失效" ? "repealed" : "issued";
    }

    /// <summary>行政许可决定N件, or 作出/办理 行政许可N件: the row's 本年处理决定数量.</summary>
    private static string? DecisionColumn(string context, bool saysDecision)
    {
        if (saysDecision)
        {
            return "decisions";
        }

        var verb = DecisionVerb().Matches(context).LastOrDefault();
        return verb is not null && context.Length - (verb.Index + verb.Length) <= 4 ? "decisions" : null;
    }

    private static bool OtherYear(string context, int? year)
    {
        foreach (Match y in YearMention().Matches(context))
        {
            if (year is null || int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture) != year)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex(@"[。；;！!？?]")]
    private static partial Regex SentenceBreaks();

    /// <summary>The noun, directly its number (共/为/达 allowed) and 件; 决定/措施 after a decision row's noun.</summary>
    [GeneratedRegex(@"(?<noun>行政规范性文件|规范性文件|规章|行政许可|行政处罚|行政强制)(?<decision>决定|措施)?(?:共|为|达|计)?(?<n>\d+)件")]
    private static partial Regex Quantity();

    [GeneratedRegex(@"(?:现行有效|现行)(?:的)?(?:行政)?$")]
    private static partial Regex InForceBefore();

    [GeneratedRegex(@"制发|印发|出台|制定|发布|主动公开|废止|宣布失效|失效")]
    private static partial Regex DocumentVerb();

    [GeneratedRegex(@"作出|做出|办理|办结|实施")]
    private static partial Regex DecisionVerb();

    /// <summary>Words that make the count another quantity: a review, a filing, an interpretation, a request, a share, last year.</summary>
    [GeneratedRegex(@"清理|审查|备案|报备|解读|征求|起草|审核|合法性|梳理|修订|修改|上年|去年|同比|较|申请|复议|诉讼|其中|占|涉及|评估|%|％")]
    private static partial Regex StopWords();

    [GeneratedRegex(@"累计|截至|截止")]
    private static partial Regex RunningTotal();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex YearMention();
}
