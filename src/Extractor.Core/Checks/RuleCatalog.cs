using Extractor.Core.Checks.Rules;

namespace Extractor.Core.Checks;

/// <summary>Every rule the checker runs, in the order results are written (SCHEMA.md §4). Add a rule here and nowhere else.</summary>
internal static class RuleCatalog
{
    /// <summary>Rules judged within one report.</summary>
    public static IReadOnlyList<IReportRule> InReport { get; } =
    [
        new ApplicationsIdentityRule(),
        new OutcomeSumRule(),
        new ApplicantColumnsRule(),
        new AppealsSumRule(),
        new NonNegativeRule(),
        new StructureRule(),
        new TemplateYearRule(),
        new NarrativeNumberRule(),
        new LegacySubItemRule(),
        new LegacyCumulativeRule(),
        new NarrativeLegacyTableRule(),
        new NarrativeRateRule(),
    ];

    /// <summary>Rules judged between consecutive years of one agency.</summary>
    public static IReadOnlyList<ICrossReportRule> CrossReport { get; } =
    [
        new CarryOverRule(),
        new InForceRule(),
        new LegacyCrossYearRule(),
    ];

    /// <summary>True when <paramref name="ruleId"/> names a cross-report rule.</summary>
    public static bool IsCrossReport(string ruleId) => s_crossReportIds.Contains(ruleId);

    private static readonly HashSet<string> s_crossReportIds = CrossReport.Select(static r => r.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every rule, in-report first.</summary>
    public static IEnumerable<IRule> All => InReport.Cast<IRule>().Concat(CrossReport);
}
