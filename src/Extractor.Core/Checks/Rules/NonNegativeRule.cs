using Extractor.Core.Records;

namespace Extractor.Core.Checks.Rules;

/// <summary>NEG: counts and amounts are not negative; only the 2019 本年增/减 (`change`) may be.</summary>
internal sealed class NonNegativeRule : IReportRule
{
    public string Id => "NEG";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Error;

    public string Description => "no number is negative except 2019 active/*/change; one fail per negative cell, else one pass for the report";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        if (report.Template is null)
        {
            yield break;
        }

        var numbers = report.Report.Cells.Where(c => c.Kind == CellKind.Number && !MayBeNegative(c)).ToList();
        var negatives = numbers.Where(c => c.Value < 0).ToList();
        foreach (var cell in negatives)
        {
            var label = $"{CellLabels.Row(cell.Table, cell.Row)}/{CellLabels.Column(cell.Table, cell.Col)}";
            var term = new Term(cell, 1, label, cell.Key);
            yield return RuleResults.Create(this, cell.Key, CheckOutcome.Fail, 0m, cell.Value,
                CheckText.Bilingual($"{Id} {label}: {CheckText.Number(cell.Value)} < 0", $"{Id} {cell.Key}: {CheckText.Number(cell.Value)} < 0"),
                [term]);
        }

        if (negatives.Count > 0)
        {
            yield break;
        }

        yield return numbers.Count == 0
            ? RuleResults.Create(this, "report", CheckOutcome.NotAssessable, null, null,
                CheckText.Bilingual($"{Id} 全表: 无法判断，没有读到数字", $"{Id} report: not assessable, no number was read"), [], [])
            : RuleResults.Create(this, "report", CheckOutcome.Pass, 0m, numbers.Min(c => c.Value),
                CheckText.Bilingual($"{Id} 全表: {numbers.Count} 个数字均不为负", $"{Id} report: none of {numbers.Count} numbers is negative"), [], []);
    }

    private static bool MayBeNegative(CellRecord cell) => cell.Table == "active" && cell.Col == "change";
}
