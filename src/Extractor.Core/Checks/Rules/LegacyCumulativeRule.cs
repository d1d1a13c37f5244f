using Extractor.Core.Checks.Legacy;
using Extractor.Core.Records;

namespace Extractor.Core.Checks.Rules;

/// <summary>LEG-CUM: in a pre-2019 statistics table 历年累计 (all years so far) is at least 本年度 (this year).</summary>
internal sealed class LegacyCumulativeRule : IReportRule
{
    public string Id => "LEG-CUM";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Warning;

    public string Description => "legacy_indicators: this_year ≤ cumulative, per indicator";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        foreach (var row in report.Report.LegacyIndicators)
        {
            yield return LegacyCheck.Compare(this, row.Key, [LegacyCheck.ThisYear(row)], [LegacyCheck.Cumulative(row)], atMost: true);
        }
    }
}
