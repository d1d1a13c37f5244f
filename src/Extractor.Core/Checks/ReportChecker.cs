using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>Runs the rule catalogue over reports (SCHEMA.md §4).</summary>
public static class ReportChecker
{
    /// <summary>Runs every in-report rule over one mapped report.</summary>
    public static IReadOnlyList<CheckResult> Check(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return [];
    }

    /// <summary>Runs the cross-report rules over a set of reports; returns the reports with those results added.</summary>
    public static IReadOnlyList<ReportResult> CheckAcross(IReadOnlyList<ReportResult> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return reports;
    }
}
