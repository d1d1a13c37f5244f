using System.Text;
using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>Judges `left = right` over cells under the blank policy of SCHEMA.md §4.</summary>
internal static class Equation
{
    // Past this many terms a side lists only its non-zero cells, so T3-SUM messages stay readable.
    private const int MaxListedTerms = 6;

    /// <summary>
    /// Not assessable when any cell holds text or is missing (our gap is never a fail), when a cell was placed by this
    /// very rule (it would only check itself), or every cell of one side is blank/na; otherwise blank and na count as 0.
    /// <c>Actual</c> is the left side (what the document states), <c>Expected</c> the right side (what it should be).
    /// </summary>
    public static CheckResult Evaluate(IRule rule, string scope, string scopeZh, IReadOnlyList<Term> left, IReadOnlyList<Term> right)
    {
        // Plain loops: this runs for every row and column of tables 三 and 四 of every report.
        var all = new List<Term>(left.Count + right.Count);
        all.AddRange(left);
        all.AddRange(right);
        Term? gap = null, self = null, text = null;
        foreach (var t in all)
        {
            gap ??= t.Cell.Kind == CellKind.Missing ? t : null;
            self ??= SelfResolved(rule, t.Cell) ? t : null;
            text ??= t.Cell.Kind == CellKind.Text ? t : null;
        }

        if (gap is not null)
        {
            return RuleResults.NotAssessable(rule, scope, scopeZh,
                $"{gap.LabelZh} 未能读出",
                $"{gap.LabelEn} could not be read (missing)",
                all);
        }

        if (self is not null)
        {
            return RuleResults.NotAssessable(rule, scope, scopeZh,
                $"{self.LabelZh} 按表格行序放置，本规则即其依据",
                $"{self.LabelEn} was placed by row order, which this rule was used to confirm",
                all);
        }

        if (text is not null)
        {
            return RuleResults.NotAssessable(rule, scope, scopeZh,
                $"{text.LabelZh} 为文字「{text.Cell.Raw}」",
                $"{text.LabelEn} holds text \"{text.Cell.Raw}\"",
                all);
        }

        foreach (var side in (ReadOnlySpan<IReadOnlyList<Term>>)[left, right])
        {
            if (AllEmpty(side))
            {
                return RuleResults.NotAssessable(rule, scope, scopeZh,
                    $"{string.Join("、", side.Select(t => t.LabelZh))} 均未填写",
                    $"{string.Join(", ", side.Select(t => t.LabelEn))} not filled in",
                    all);
            }
        }

        var actual = Sum(left);
        var expected = Sum(right);
        var holds = actual == expected;
        var zh = $"{rule.Id} {scopeZh}: {Side(left, zh: true)} {(holds ? "=" : "≠")} {Side(right, zh: true)}";
        var en = $"{rule.Id} {scope}: {Side(left, zh: false)} {(holds ? "=" : "!=")} {Side(right, zh: false)}";
        return RuleResults.Create(rule, scope, holds ? CheckOutcome.Pass : CheckOutcome.Fail, expected, actual,
            CheckText.Bilingual(zh, en), all);
    }

    /// <summary>
    /// True when the cell was placed by row order and <paramref name="rule"/> is one of the identities that accepted that
    /// placement (SCHEMA.md §2): judging it again would only check itself.
    /// </summary>
    public static bool SelfResolved(IRule rule, CellRecord cell) =>
        cell.ResolvedBy == CellResolution.Order && rule.Id is "T3-ID" or "T3-SUM" or "T3-COL" or "T4-SUM";

    private static bool AllEmpty(IReadOnlyList<Term> side)
    {
        for (var i = 0; i < side.Count; i++)
        {
            if (!side[i].IsEmpty)
            {
                return false;
            }
        }

        return true;
    }

    private static decimal Sum(IReadOnlyList<Term> side)
    {
        var sum = 0m;
        for (var i = 0; i < side.Count; i++)
        {
            sum += side[i].Signed;
        }

        return sum;
    }

    /// <summary>Writes one side: `本年新收 12 + 上年结转 1 = 13`.</summary>
    public static string Side(IReadOnlyList<Term> side, bool zh)
    {
        var listed = side.Count <= MaxListedTerms ? side : side.Where(t => t.Cell.Kind == CellKind.Number && t.Cell.Value != 0).ToList();
        var sb = new StringBuilder();
        for (var i = 0; i < listed.Count; i++)
        {
            var t = listed[i];
            if (i > 0 || t.Sign < 0)
            {
                sb.Append(t.Sign < 0 ? (i > 0 ? " − " : "−") : " + ");
            }

            sb.Append(zh ? t.LabelZh : t.LabelEn).Append(' ').Append(zh ? CheckText.ValueZh(t.Cell) : CheckText.ValueEn(t.Cell));
        }

        var omitted = side.Count - listed.Count;
        if (omitted > 0)
        {
            sb.Append(listed.Count > 0 ? " + " : string.Empty)
              .Append(zh ? $"其余{omitted}项为0或空" : $"{omitted} others 0 or blank");
        }

        if (side.Count > 1)
        {
            sb.Append(" = ").Append(CheckText.Number(Sum(side)));
        }

        return sb.ToString();
    }
}
