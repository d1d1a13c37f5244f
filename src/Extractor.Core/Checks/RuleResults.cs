using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>Builds <see cref="CheckResult"/>s so that every rule fills them in the same way.</summary>
internal static class RuleResults
{
    /// <summary>A result with the rule's id and severity.</summary>
    public static CheckResult Create(
        IRule rule,
        string scope,
        CheckOutcome outcome,
        decimal? expected,
        decimal? actual,
        string message,
        IEnumerable<Term> terms)
    {
        // One pass, one key per term (keys and evidence are built for every result, passes included: they are written).
        var list = terms as IReadOnlyList<Term> ?? terms.ToList();
        var keys = new List<string>(list.Count);
        var evidence = new List<CheckEvidence>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            var t = list[i];
            var key = t.Cell.Key;
            if (t.Source is null && !keys.Contains(key))
            {
                keys.Add(key);
            }

            evidence.Add(new CheckEvidence(key, t.Cell.Raw, t.Cell.At, t.Source));
        }

        return Create(rule, scope, outcome, expected, actual, message, keys, evidence);
    }

    /// <summary>A result with explicit cells and evidence (for rules that are not one equation).</summary>
    public static CheckResult Create(
        IRule rule,
        string scope,
        CheckOutcome outcome,
        decimal? expected,
        decimal? actual,
        string message,
        IReadOnlyList<string> cells,
        IReadOnlyList<CheckEvidence> evidence) =>
        new(rule.Id, scope, outcome, rule.Severity,
            outcome == CheckOutcome.NotAssessable ? null : expected,
            outcome == CheckOutcome.NotAssessable ? null : actual,
            message, cells, evidence);

    /// <summary>A not-assessable result saying why, in both languages.</summary>
    public static CheckResult NotAssessable(IRule rule, string scope, string scopeZh, string whyZh, string whyEn, IEnumerable<Term> terms) =>
        Create(rule, scope, CheckOutcome.NotAssessable, null, null,
            CheckText.Bilingual($"{rule.Id} {scopeZh}: 无法判断，{whyZh}", $"{rule.Id} {scope}: not assessable, {whyEn}"),
            terms);

    /// <summary>The keys of the cells that belong to the report checked (not the other report of a cross rule).</summary>
    public static IReadOnlyList<string> OwnKeys(IEnumerable<Term> terms) =>
        terms.Where(t => t.Source is null).Select(t => t.Cell.Key).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Each term's cell with its raw text and location.</summary>
    public static IReadOnlyList<CheckEvidence> Evidence(IEnumerable<Term> terms) =>
        terms.Select(t => new CheckEvidence(t.Cell.Key, t.Cell.Raw, t.Cell.At, t.Source)).ToList();
}
