using Extractor.Core.Checks;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks;

/// <summary>Runs the public checker and picks out one rule's results.</summary>
internal static class CheckRun
{
    public static IReadOnlyList<CheckResult> Of(ReportResult report, string rule) =>
        ReportChecker.Check(report).Where(r => r.Rule == rule).ToList();

    public static CheckResult Single(ReportResult report, string rule, string scope) =>
        Assert.Single(Of(report, rule), r => r.Scope == scope);

    public static IReadOnlyList<CheckResult> Across(IReadOnlyList<ReportResult> reports, int index, string rule) =>
        ReportChecker.CheckAcross(reports)[index].Checks.Where(r => r.Rule == rule).ToList();
}
