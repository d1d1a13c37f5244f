using Extractor.Core.Checks.Narrative;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>
/// NARR-NUM: a number the narrative states for a quantity of tables 三/四 equals the table. Which table quantity a statement
/// names is decided by its own words, never by whichever sum happens to fit: 收到/受理…申请N件 is 本年新收, and only a statement
/// that says it also counts the carried applications (含上年结转, 加上上年结转) is 本年新收 + 上年结转. A fail whose number
/// equals the reading the words do not name says so, so that a reader sees the likely cause.
/// </summary>
internal sealed class NarrativeNumberRule : IReportRule
{
    private const string Apps = "applications";
    private const string Appeals = "appeals";

    private static readonly string[] s_legalPersonColumns = ["commercial", "research", "social_welfare", "legal_service", "other_org"];

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
                var scope = $"sections/{section}/{NarrativeQuantityNames.Of(statement).Scope}";
                var n = seen[scope] = seen.GetValueOrDefault(scope) + 1;
                yield return Judge(report, statement, n == 1 ? scope : $"{scope}#{n}");
            }
        }
    }

    private CheckResult Judge(ReportView report, NarrativeStatement statement, string scope)
    {
        var reading = Reading(report, statement);
        var sectionZh = NarrativeSectionNames.Zh(statement.Section);
        var sentence = new CheckEvidence($"sections/{statement.Section}", statement.Sentence, $"sections/{statement.Section}");
        var evidence = RuleResults.Evidence(reading).Prepend(sentence).ToList();
        var cells = RuleResults.OwnKeys(reading);
        var stated = CheckText.Number(statement.Number);
        var including = statement.Including is { } w ? (Zh: $"（{w}）", En: $" (\"{w}\")") : (Zh: string.Empty, En: string.Empty);
        var head = (Zh: $"{Id} {sectionZh}「{statement.Phrase}」", En: $"{Id} {scope} \"{statement.Phrase}\"");

        if (!IsAssessable(reading) || report.IsTableMissing(statement.Quantity is NarrativeQuantity.Review or NarrativeQuantity.Litigation ? Appeals : Apps))
        {
            return RuleResults.Create(this, scope, CheckOutcome.NotAssessable, null, null,
                CheckText.Bilingual($"{head.Zh}: 无法判断，表中对应单元格未填写、为文字或未能读出", $"{head.En}: not assessable, the table cells are not filled in, hold text or are missing"),
                cells, evidence);
        }

        var table = reading.Sum(t => t.Signed);
        if (table == statement.Number)
        {
            return RuleResults.Create(this, scope, CheckOutcome.Pass, table, statement.Number,
                CheckText.Bilingual(
                    $"{head.Zh}: 叙述 {stated}{including.Zh} = {Equation.Side(reading, zh: true)}",
                    $"{head.En}: narrative {stated}{including.En} = {Equation.Side(reading, zh: false)}"),
                cells, evidence);
        }

        var (hintZh, hintEn) = Hint(report, statement);
        return RuleResults.Create(this, scope, CheckOutcome.Fail, table, statement.Number,
            CheckText.Bilingual(
                $"{head.Zh}: 叙述 {stated}{including.Zh} ≠ {Equation.Side(reading, zh: true)}{hintZh}",
                $"{head.En}: narrative {stated}{including.En} != {Equation.Side(reading, zh: false)}{hintEn}"),
            cells, evidence);
    }

    /// <summary>When the number equals the quantity the words do not name, says so: the likely cause, not an excuse.</summary>
    private static (string Zh, string En) Hint(ReportView report, NarrativeStatement statement)
    {
        if (statement.Quantity is not (NarrativeQuantity.Received or NarrativeQuantity.Applicant or NarrativeQuantity.Processed))
        {
            return (string.Empty, string.Empty);
        }

        var other = Reading(report, statement with { Including = statement.Including is null ? "?" : null });
        if (!IsAssessable(other) || other.Sum(t => t.Signed) != statement.Number)
        {
            return (string.Empty, string.Empty);
        }

        return statement.Including is null
            ? ($"；叙述数等于 {Equation.Side(other, zh: true)}，但叙述未写明含结转的申请",
                $"; the stated number equals {Equation.Side(other, zh: false)}, but the sentence does not say it counts the carried applications")
            : ($"；叙述数等于 {Equation.Side(other, zh: true)}，但叙述写明「{statement.Including}」",
                $"; the stated number equals {Equation.Side(other, zh: false)}, but the sentence says \"{statement.Including}\"");
    }

    private static bool IsAssessable(IReadOnlyList<Term> reading) =>
        reading.All(static t => t.Cell.Kind is not (CellKind.Text or CellKind.Missing) && t.Cell.ResolvedBy != CellResolution.Narrative)
        && !reading.All(static t => t.IsEmpty);

    /// <summary>The table quantity the statement's words name (see the class summary).</summary>
    private static List<Term> Reading(ReportView report, NarrativeStatement statement)
    {
        Term T(string table, string row, string col) =>
            new(report.Cell(table, row, col), 1, Label(table, row, col), $"{row}.{col}");

        var withCarried = statement.Including is not null;
        switch (statement.Quantity)
        {
            case NarrativeQuantity.Received:
                return withCarried
                    ? [T(Apps, "new_received", "total"), T(Apps, "carried_over", "total")]
                    : [T(Apps, "new_received", "total")];
            case NarrativeQuantity.Applicant:
                var cols = statement.Applicant == "legal_persons" ? s_legalPersonColumns : [statement.Applicant!];
                var received = cols.Select(c => T(Apps, "new_received", c));
                return withCarried ? received.Concat(cols.Select(c => T(Apps, "carried_over", c))).ToList() : received.ToList();
            case NarrativeQuantity.Processed:
                // 办理N件，其中…结转下年度: the applications in hand, answered or not.
                return withCarried
                    ? [T(Apps, "total_processed", "total"), T(Apps, "carried_forward", "total")]
                    : [T(Apps, "total_processed", "total")];
            case NarrativeQuantity.CarriedForward:
                return [T(Apps, "carried_forward", "total")];
            case NarrativeQuantity.CarriedOver:
                return [T(Apps, "carried_over", "total")];
            case NarrativeQuantity.Review:
                return [T(Appeals, "review", "total")];
            default:
                // 行政诉讼 heads both lawsuit blocks of table 四.
                return [T(Appeals, "litigation_direct", "total"), T(Appeals, "litigation_after_review", "total")];
        }
    }

    private static string Label(string table, string row, string col)
    {
        var rowZh = CellLabels.Row(table, row);
        return col != "total" ? rowZh + CellLabels.Column(table, col) : rowZh.EndsWith("总计", StringComparison.Ordinal) ? rowZh : rowZh + "总计";
    }
}
