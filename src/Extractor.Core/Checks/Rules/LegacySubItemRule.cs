using Extractor.Core.Checks.Legacy;
using Extractor.Core.Legacy;
using Extractor.Core.Records;

namespace Extractor.Core.Checks.Rules;

/// <summary>LEG-SUB: in a pre-2019 statistics table a sub-item (其中：1.政府网站公开数) is at most its total (主动公开文件数), in both columns.</summary>
internal sealed class LegacySubItemRule : IReportRule
{
    public string Id => "LEG-SUB";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Warning;

    public string Description => "legacy_indicators: each sub-item ≤ its total, for this_year and cumulative";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        var rows = report.Report.LegacyIndicators;
        for (var c = 0; c < rows.Count; c++)
        {
            if (!LegacyIndicatorKeys.ParentOf.TryGetValue(rows[c].Key, out var parentKey))
            {
                continue;
            }

            // The total is the nearest row above with that key, as the reader paired them.
            var parent = rows.Take(c).LastOrDefault(r => r.Key == parentKey);
            if (parent is null)
            {
                continue;
            }

            yield return LegacyCheck.Compare(this, $"{rows[c].Key}/this_year", [LegacyCheck.ThisYear(rows[c])], [LegacyCheck.ThisYear(parent)], atMost: true);
            yield return LegacyCheck.Compare(this, $"{rows[c].Key}/cumulative", [LegacyCheck.Cumulative(rows[c])], [LegacyCheck.Cumulative(parent)], atMost: true);
        }
    }
}
