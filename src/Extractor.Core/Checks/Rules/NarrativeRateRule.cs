using Extractor.Core.Checks.Narrative;
using Extractor.Core.Records;

namespace Extractor.Core.Checks.Rules;

/// <summary>
/// NARR-RATE: prose against prose. A completion rate stated with its counts (受理X件，办结Y件，办结率r%) agrees with them:
/// r is Y/X as printed, within one unit of its last printed digit (rounded or cut: 199/200 may print 99.5% or 100%), and
/// no more were completed than received, since the group names no carried-over work (a group that does is not read).
/// An on-time rate (按时办结率) is a share of an on-time count the sentence does not give, so only Y ≤ X is judged for it.
/// Runs for every template: the words agree with themselves or not, whatever tables the report has.
/// </summary>
internal sealed class NarrativeRateRule : IReportRule
{
    public string Id => "NARR-RATE";

    public RuleSource Source => RuleSource.Heuristic;

    public Severity Severity => Severity.Warning;

    public string Description => "a completion rate the narrative states (办结率/答复率 N%) agrees with the received and completed counts stated with it, and no more are completed than received";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (section, text) in report.Report.Sections.AsPairs())
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var statement in RateScanner.Scan(section, text))
            {
                var scope = $"sections/{section}/{statement.Kind}";
                var n = seen[scope] = seen.GetValueOrDefault(scope) + 1;
                yield return Judge(statement, n == 1 ? scope : $"{scope}#{n}");
            }
        }
    }

    private CheckResult Judge(RateStatement s, string scope)
    {
        var sectionZh = NarrativeSectionNames.Zh(s.Section);
        IReadOnlyList<CheckEvidence> evidence = [new($"sections/{s.Section}", s.Sentence, $"sections/{s.Section}")];
        var head = (Zh: $"{Id} {sectionZh}「{s.ReceivedPhrase}…{s.DonePhrase}…{s.RatePhrase}」", En: $"{Id} {scope} \"{s.ReceivedPhrase}…{s.DonePhrase}…{s.RatePhrase}\"");
        var computed = s.Done / s.Received * 100m;
        var shown = Math.Round(computed, Math.Max(2, s.Decimals), MidpointRounding.AwayFromZero);
        var onTime = s.Kind == "on_time_rate";

        // One unit of the last printed digit: 100% may stand for 99.6% rounded, 99.5% for 99.58% cut.
        var rateHolds = onTime ? s.Rate <= 100m : Math.Abs(computed - s.Rate) < Unit(s.Decimals);
        var countHolds = s.Done <= s.Received;
        var ratio = $"{CheckText.Number(s.Done)} ÷ {CheckText.Number(s.Received)} = {CheckText.Number(shown)}%";
        if (rateHolds && countHolds)
        {
            return RuleResults.Create(this, scope, CheckOutcome.Pass, shown, s.Rate,
                CheckText.Bilingual($"{head.Zh}: 比率与件数相符（{ratio}）", $"{head.En}: the rate agrees with the counts ({ratio})"),
                [], evidence);
        }

        var zh = new List<string>();
        var en = new List<string>();
        if (!rateHolds)
        {
            zh.Add(onTime ? $"所述比率 {CheckText.Number(s.Rate)}% 超过 100%" : $"所述比率 {CheckText.Number(s.Rate)}% ≠ {ratio}");
            en.Add(onTime ? $"the stated rate {CheckText.Number(s.Rate)}% is over 100%" : $"the stated rate {CheckText.Number(s.Rate)}% != {ratio}");
        }

        if (!countHolds)
        {
            zh.Add($"办结数 {CheckText.Number(s.Done)} 大于受理数 {CheckText.Number(s.Received)}，且未提及上年结转");
            en.Add($"{CheckText.Number(s.Done)} completed is more than the {CheckText.Number(s.Received)} received, and no carried-over work is named");
        }

        return RuleResults.Create(this, scope, CheckOutcome.Fail, shown, s.Rate,
            CheckText.Bilingual($"{head.Zh}: {string.Join("；", zh)}", $"{head.En}: {string.Join("; ", en)}"),
            [], evidence);
    }

    private static decimal Unit(int decimals)
    {
        var unit = 1m;
        for (var i = 0; i < decimals; i++)
        {
            unit /= 10m;
        }

        return unit;
    }
}
