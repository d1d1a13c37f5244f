using Extractor.Core.Records;

namespace Extractor.Core.Checks.Legacy;

/// <summary>The comparison the legacy rules share: `left ≤ right` or `left = right` over legacy-indicator values, with the blank policy of SCHEMA.md §4.</summary>
internal static class LegacyCheck
{
    /// <summary>One value of one indicator: the key written into results, its kind and number, and where it is.</summary>
    public sealed record Value(string Ref, CellKind Kind, decimal? Number, string Raw, string At, string LabelZh, string? Source = null)
    {
        public bool IsEmpty => Kind is CellKind.Blank or CellKind.Na;
    }

    public static Value ThisYear(LegacyIndicator i, string? source = null) =>
        new($"legacy_indicators/{i.Key}/this_year", i.ThisYearKind, i.ThisYear, i.Raw, i.At, $"{i.Label}(本年度)", source);

    public static Value Cumulative(LegacyIndicator i, string? source = null) =>
        new($"legacy_indicators/{i.Key}/cumulative", i.CumulativeKind, i.Cumulative, i.Raw, i.At, $"{i.Label}(历年累计)", source);

    /// <summary>
    /// Judges <c>sum(left) op sum(right)</c>, where op is ≤ when <paramref name="atMost"/> else =; not assessable when a
    /// value is text or missing or a side is all blank.
    /// </summary>
    public static CheckResult Compare(IRule rule, string scope, IReadOnlyList<Value> left, IReadOnlyList<Value> right, bool atMost)
    {
        var all = left.Concat(right).ToList();
        var cells = all.Where(static v => v.Source is null).Select(static v => v.Ref).Distinct(StringComparer.Ordinal).ToList();
        var evidence = all.Select(static v => new CheckEvidence(v.Ref, v.Raw, v.At, v.Source)).ToList();
        var op = atMost ? "≤" : "=";
        var names = string.Join(" + ", left.Select(static v => v.LabelZh)) + $" {op} " + string.Join(" + ", right.Select(static v => v.LabelZh));
        var refs = string.Join(" + ", left.Select(static v => v.Ref)) + $" {op} " + string.Join(" + ", right.Select(static v => v.Ref));
        if (all.Any(static v => v.Kind is CellKind.Text or CellKind.Missing) || left.All(static v => v.IsEmpty) || right.All(static v => v.IsEmpty))
        {
            return RuleResults.Create(rule, scope, CheckOutcome.NotAssessable, null, null,
                CheckText.Bilingual($"{rule.Id} {names}: 无法判断，有值未读出或未填写", $"{rule.Id} {refs}: not assessable, a value was not read or not filled in"),
                cells, evidence);
        }

        var actual = left.Sum(static v => v.Number ?? 0m);
        var expected = right.Sum(static v => v.Number ?? 0m);
        var holds = atMost ? actual <= expected : actual == expected;
        return RuleResults.Create(rule, scope, holds ? CheckOutcome.Pass : CheckOutcome.Fail, expected, actual,
            CheckText.Bilingual(
                $"{rule.Id} {names}: {CheckText.Number(actual)} {(holds ? op : atMost ? ">" : "≠")} {CheckText.Number(expected)}",
                $"{rule.Id} {refs}: {CheckText.Number(actual)} {(holds ? op : atMost ? ">" : "≠")} {CheckText.Number(expected)}"),
            cells, evidence);
    }
}
