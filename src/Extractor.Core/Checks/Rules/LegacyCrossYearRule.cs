using Extractor.Core.Checks.Legacy;
using Extractor.Core.Legacy;
using Extractor.Core.Records;

namespace Extractor.Core.Checks.Rules;

/// <summary>X-LEG-CUM: 历年累计 of year Y is 历年累计 of year Y−1 plus 本年度 of year Y, same agency and indicator (pre-2019 tables).</summary>
internal sealed class LegacyCrossYearRule : ICrossReportRule
{
    public string Id => "X-LEG-CUM";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Info;

    public string Description => "legacy_indicators: cumulative (Y) = cumulative (Y−1) + this_year (Y), same agency and indicator key";

    public IEnumerable<CheckResult> Check(ReportView current, ReportView previous)
    {
        foreach (var row in current.Report.LegacyIndicators)
        {
            // Only keys that name one row on both sides: `other` rows and repeated keys cannot be paired safely.
            if (row.Key == LegacyIndicatorKeys.Other || current.Report.LegacyIndicators.Count(r => r.Key == row.Key) != 1)
            {
                continue;
            }

            var before = previous.Report.LegacyIndicators.Where(r => r.Key == row.Key).ToList();
            if (before.Count != 1)
            {
                continue;
            }

            if (row.ResolvedBy == LegacyCrossYear.ResolvedBy)
            {
                // The split was chosen by this very identity: judging it would only check itself.
                yield return RuleResults.Create(this, row.Key, CheckOutcome.NotAssessable, null, null,
                    CheckText.Bilingual($"{Id} {row.Label}: 无法判断，本年度与历年累计由本规则从候选拆分中选出", $"{Id} {row.Key}: not assessable, the split was chosen by this rule"),
                    [$"legacy_indicators/{row.Key}/cumulative"], [new CheckEvidence($"legacy_indicators/{row.Key}/cumulative", row.Raw, row.At)]);
                continue;
            }

            yield return LegacyCheck.Compare(
                this,
                row.Key,
                [LegacyCheck.Cumulative(row)],
                [LegacyCheck.Cumulative(before[0], previous.Uri), LegacyCheck.ThisYear(row)],
                atMost: false);
        }
    }
}
