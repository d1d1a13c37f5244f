using Extractor.Core.Checks.Narrative;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>
/// NARR-NUM: a number the narrative states for a quantity of tables 三/四 equals the table. Each statement is compared with
/// every reading the wording allows (e.g. received with or without the carried-over applications) and fails only when none fits.
/// </summary>
internal sealed class NarrativeNumberRule : IReportRule
{
    private const string Apps = "applications";
    private const string Appeals = "appeals";

    private static readonly string[] s_legalPersonColumns = ["commercial", "research", "social_welfare", "legal_service", "other_org"];

    private static readonly Dictionary<string, string> s_sectionsZh = new(StringComparer.Ordinal)
    {
        ["overall"] = "总体情况",
        ["active"] = "主动公开",
        ["applications"] = "依申请公开",
        ["appeals"] = "复议诉讼",
        ["problems"] = "存在问题",
        ["other"] = "其他事项",
    };

    public string Id => "NARR-NUM";

    public RuleSource Source => RuleSource.Heuristic;

    public Severity Severity => Severity.Warning;

    public string Description => "numbers the narrative states for applications received/answered/carried, per applicant, reviews and lawsuits equal table 三/四";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        if (report.Template is null)
        {
            yield break;
        }

        var scanner = new NarrativeScanner(report.Report.Year, report.Report.Agency, report.Report.AgencySimplified);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (section, text) in report.Report.Sections.AsPairs())
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            foreach (var statement in scanner.Scan(section, text))
            {
                var scope = $"sections/{section}/{QuantityKey(statement)}";
                var n = seen[scope] = seen.GetValueOrDefault(scope) + 1;
                yield return Judge(report, statement, n == 1 ? scope : $"{scope}#{n}");
            }
        }
    }

    private CheckResult Judge(ReportView report, NarrativeStatement statement, string scope)
    {
        var readings = Readings(report, statement);
        var terms = readings.SelectMany(r => r).DistinctBy(t => t.Cell.Key).ToList();
        var sectionZh = s_sectionsZh.GetValueOrDefault(statement.Section, statement.Section);
        var sentence = new CheckEvidence($"sections/{statement.Section}", statement.Sentence, $"sections/{statement.Section}");
        var evidence = RuleResults.Evidence(terms).Prepend(sentence).ToList();
        var cells = RuleResults.OwnKeys(terms);
        var stated = CheckText.Number(statement.Number);
        var head = (Zh: $"{Id} {sectionZh}「{statement.Phrase}」", En: $"{Id} {scope} \"{statement.Phrase}\"");

        var assessable = readings.Where(IsAssessable).ToList();
        if (assessable.Count == 0 || report.IsTableMissing(statement.Quantity is NarrativeQuantity.Review or NarrativeQuantity.Litigation ? Appeals : Apps))
        {
            return RuleResults.Create(this, scope, CheckOutcome.NotAssessable, null, null,
                CheckText.Bilingual($"{head.Zh}: 无法判断，表中对应单元格未填写、为文字或未能读出", $"{head.En}: not assessable, the table cells are not filled in, hold text or are missing"),
                cells, evidence);
        }

        var match = assessable.FirstOrDefault(r => r.Sum(t => t.Signed) == statement.Number);
        if (match is not null)
        {
            return RuleResults.Create(this, scope, CheckOutcome.Pass, match.Sum(t => t.Signed), statement.Number,
                CheckText.Bilingual($"{head.Zh}: 叙述 {stated} = {Equation.Side(match, zh: true)}", $"{head.En}: narrative {stated} = {Equation.Side(match, zh: false)}"),
                cells, evidence);
        }

        return RuleResults.Create(this, scope, CheckOutcome.Fail, assessable[0].Sum(t => t.Signed), statement.Number,
            CheckText.Bilingual(
                $"{head.Zh}: 叙述 {stated} ≠ {string.Join("，也 ≠ ", assessable.Select(r => Equation.Side(r, zh: true)))}",
                $"{head.En}: narrative {stated} != {string.Join(", nor != ", assessable.Select(r => Equation.Side(r, zh: false)))}"),
            cells, evidence);
    }

    private static bool IsAssessable(IReadOnlyList<Term> reading) =>
        reading.All(static t => t.Cell.Kind is not (CellKind.Text or CellKind.Missing) && t.Cell.ResolvedBy != CellResolution.Narrative)
        && !reading.All(static t => t.IsEmpty);

    /// <summary>The table quantities the statement may mean, most literal first.</summary>
    private static List<IReadOnlyList<Term>> Readings(ReportView report, NarrativeStatement statement)
    {
        Term T(string table, string row, string col) =>
            new(report.Cell(table, row, col), 1, Label(table, row, col), $"{row}.{col}");

        switch (statement.Quantity)
        {
            case NarrativeQuantity.Received:
                return
                [
                    [T(Apps, "new_received", "total")],
                    [T(Apps, "new_received", "total"), T(Apps, "carried_over", "total")],
                    [T(Apps, "total_processed", "total"), T(Apps, "carried_forward", "total")],
                ];
            case NarrativeQuantity.Applicant:
                var cols = statement.Applicant == "legal_persons" ? s_legalPersonColumns : [statement.Applicant!];
                return
                [
                    cols.Select(c => T(Apps, "new_received", c)).ToList(),
                    cols.Select(c => T(Apps, "new_received", c)).Concat(cols.Select(c => T(Apps, "carried_over", c))).ToList(),
                ];
            case NarrativeQuantity.Processed:
                return
                [
                    [T(Apps, "total_processed", "total")],
                    [T(Apps, "total_processed", "total"), T(Apps, "carried_forward", "total")],
                ];
            case NarrativeQuantity.CarriedForward:
                return [[T(Apps, "carried_forward", "total")]];
            case NarrativeQuantity.CarriedOver:
                return [[T(Apps, "carried_over", "total")]];
            case NarrativeQuantity.Review:
                return [[T(Appeals, "review", "total")]];
            default:
                return
                [
                    [T(Appeals, "litigation_direct", "total"), T(Appeals, "litigation_after_review", "total")],
                    [T(Appeals, "litigation_direct", "total")],
                    [T(Appeals, "litigation_after_review", "total")],
                ];
        }
    }

    private static string Label(string table, string row, string col)
    {
        var rowZh = CellLabels.Row(table, row);
        return col != "total" ? rowZh + CellLabels.Column(table, col) : rowZh.EndsWith("总计", StringComparison.Ordinal) ? rowZh : rowZh + "总计";
    }

    private static string QuantityKey(NarrativeStatement statement) => statement.Quantity switch
    {
        NarrativeQuantity.Received => "received",
        NarrativeQuantity.Applicant => $"received.{statement.Applicant}",
        NarrativeQuantity.Processed => "processed",
        NarrativeQuantity.CarriedForward => "carried_forward",
        NarrativeQuantity.CarriedOver => "carried_over",
        NarrativeQuantity.Review => "review",
        _ => "litigation",
    };
}
