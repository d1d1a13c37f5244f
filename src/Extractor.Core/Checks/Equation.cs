using System.Text;
using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>Judges `left = right` over cells under the blank policy of SCHEMA.md §4.</summary>
internal static class Equation
{
    // Past this many terms a side lists only its non-zero cells, so T3-SUM messages stay readable.
    private const int MaxListedTerms = 6;

    /// <summary>
    /// Not assessable when any cell holds text or every cell of one side is blank/na; otherwise blank and na count as 0.
    /// <c>Actual</c> is the left side (what the document states), <c>Expected</c> the right side (what it should be).
    /// </summary>
    public static CheckResult Evaluate(IRule rule, string scope, string scopeZh, IReadOnlyList<Term> left, IReadOnlyList<Term> right)
    {
        var all = left.Concat(right).ToList();
        var missing = all.FirstOrDefault(t => t.Cell.Kind == CellKind.Missing);
        if (missing is not null)
        {
            return RuleResults.NotAssessable(rule, scope, scopeZh,
                $"{missing.LabelZh} 未能读取",
                $"{missing.LabelEn} could not be read",
                all);
        }

        var text = all.FirstOrDefault(t => t.Cell.Kind == CellKind.Text);
        if (text is not null)
        {
            return RuleResults.NotAssessable(rule, scope, scopeZh,
                $"{text.LabelZh} 为文字「{text.Cell.Raw}」",
                $"{text.LabelEn} holds text \"{text.Cell.Raw}\"",
                all);
        }

        foreach (var side in new[] { left, right })
        {
            if (side.All(t => t.IsEmpty))
            {
                return RuleResults.NotAssessable(rule, scope, scopeZh,
                    $"{string.Join("、", side.Select(t => t.LabelZh))} 均未填写",
                    $"{string.Join(", ", side.Select(t => t.LabelEn))} not filled in",
                    all);
            }
        }

        var actual = left.Sum(t => t.Signed);
        var expected = right.Sum(t => t.Signed);
        var holds = actual == expected;
        var zh = $"{rule.Id} {scopeZh}: {Side(left, zh: true)} {(holds ? "=" : "≠")} {Side(right, zh: true)}";
        var en = $"{rule.Id} {scope}: {Side(left, zh: false)} {(holds ? "=" : "!=")} {Side(right, zh: false)}";
        return RuleResults.Create(rule, scope, holds ? CheckOutcome.Pass : CheckOutcome.Fail, expected, actual,
            CheckText.Bilingual(zh, en), all);
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
            sb.Append(" = ").Append(CheckText.Number(side.Sum(t => t.Signed)));
        }

        return sb.ToString();
    }
}
