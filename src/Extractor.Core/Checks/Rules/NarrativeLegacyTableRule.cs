using Extractor.Core.Checks.Legacy;
using Extractor.Core.Checks.Narrative;
using Extractor.Core.Records;

namespace Extractor.Core.Checks.Rules;

/// <summary>
/// NARR-LEG: the pre-2019 counterpart of NARR-NUM. A number the narrative states for a quantity that has a row in the old
/// statistics table (申请总数, 当面/传真/电子邮件/网上/信函/其他形式, 答复总数, 同意/部分/不予公开, 复议, 诉讼, 收费) equals that
/// row's 本年度 value. The phrase's own words name the row (<see cref="NarrativeScanner.ForLegacyTable"/>); a statement
/// that cannot be tied to exactly one row of this table (no such row, the row twice, 信函 where the table has only
/// 信函、传真, a count that says it holds carried applications) is no statement.
/// </summary>
internal sealed class NarrativeLegacyTableRule : IReportRule
{
    public string Id => "NARR-LEG";

    public RuleSource Source => RuleSource.Heuristic;

    public Severity Severity => Severity.Warning;

    public string Description => "numbers the narrative states for a row of the pre-2019 statistics table (applications by channel, replies, reviews, lawsuits, fees) equal its this_year value";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        var rows = report.Report.LegacyIndicators;
        if (rows.Count == 0)
        {
            yield break;
        }

        var scanner = NarrativeScanner.ForLegacyTable(report.Report.Year, report.Report.Agency, report.Report.AgencySimplified);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (section, text) in report.Report.Sections.AsPairs())
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var statement in scanner.Scan(section, text))
            {
                if (statement.Indicator is not { } key || statement.Including is not null)
                {
                    continue;
                }

                var matching = rows.Where(r => r.Key == key).Take(2).ToList();
                if (matching.Count != 1 || Factor(statement, matching[0]) is not { } factor)
                {
                    continue;
                }

                var scope = $"sections/{section}/{key}";
                var n = seen[scope] = seen.GetValueOrDefault(scope) + 1;
                yield return Judge(statement, matching[0], factor, n == 1 ? scope : $"{scope}#{n}");
            }
        }
    }

    /// <summary>
    /// What the stated number is multiplied by to be in the row's unit: 1 for counts (条 and 件 name the same thing here),
    /// 10,000 for 万元 against 元 and back; null when the units cannot be compared.
    /// </summary>
    private static decimal? Factor(NarrativeStatement statement, LegacyIndicator row)
    {
        if (statement.Quantity != NarrativeQuantity.Fee)
        {
            return 1m;
        }

        return (statement.Unit, row.Unit.Trim()) switch
        {
            ("元", "元") or ("万元", "万元") => 1m,
            ("万元", "元") => 10000m,
            ("元", "万元") => 0.0001m,
            _ => null,
        };
    }

    private CheckResult Judge(NarrativeStatement statement, LegacyIndicator row, decimal factor, string scope)
    {
        var value = LegacyCheck.ThisYear(row);
        var sectionZh = NarrativeSectionNames.Zh(statement.Section);
        var evidence = new List<CheckEvidence>
        {
            new($"sections/{statement.Section}", statement.Sentence, $"sections/{statement.Section}"),
            new(value.Ref, value.Raw, value.At),
        };
        IReadOnlyList<string> cells = [value.Ref];
        var head = (Zh: $"{Id} {sectionZh}「{statement.Phrase}」", En: $"{Id} {scope} \"{statement.Phrase}\"");
        var label = $"{row.Label}(本年度)";
        var stated = statement.Number * factor;

        // A value the narrative itself chose (resolved_by narrative) or the year before chose is our reading, not the table's word.
        if (value.Kind is not CellKind.Number || value.Number is null || row.ResolvedBy is not null)
        {
            var why = row.ResolvedBy is not null
                ? (Zh: $"表中该值由拆分推断（{row.ResolvedBy}）", En: $"the table value was inferred ({row.ResolvedBy})")
                : (Zh: "表中该值未填写、为文字或未能读出", En: "the table value is not filled in, is text or is missing");
            return RuleResults.Create(this, scope, CheckOutcome.NotAssessable, null, null,
                CheckText.Bilingual($"{head.Zh}: 无法判断，{why.Zh}", $"{head.En}: not assessable, {why.En}"), cells, evidence);
        }

        var table = value.Number.Value;
        var holds = table == stated;
        return RuleResults.Create(this, scope, holds ? CheckOutcome.Pass : CheckOutcome.Fail, table, stated,
            CheckText.Bilingual(
                $"{head.Zh}: 叙述 {CheckText.Number(stated)} {(holds ? "=" : "≠")} {label} {CheckText.Number(table)}",
                $"{head.En}: narrative {CheckText.Number(stated)} {(holds ? "=" : "!=")} legacy_indicators/{row.Key}/this_year {CheckText.Number(table)}"),
            cells, evidence);
    }
}
