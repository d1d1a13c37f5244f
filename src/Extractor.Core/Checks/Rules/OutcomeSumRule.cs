using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>T3-SUM: （七）总计 is the sum of every outcome row （一）…（六）, sub-rows included.</summary>
internal sealed class OutcomeSumRule : IReportRule
{
    private const string Table = "applications";

    public string Id => "T3-SUM";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Error;

    public string Description => "total_processed = sum of every outcome row (（一）…（六） incl. sub-rows; other_handling when the report has it), per column";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        if (report.Template is null)
        {
            yield break;
        }

        var outcomes = report.OutcomeRows();
        foreach (var col in TemplateCatalog.ApplicantColumns)
        {
            var colZh = CellLabels.Column(Table, col.Key);
            Term T(string row) => new(report.Cell(Table, row, col.Key), 1, CellLabels.Row(Table, row), row);
            Term[] left = [T("total_processed")];
            var right = outcomes.Select(r => T(r.Key)).ToList();
            yield return report.IsTableMissing(Table)
                ? RuleResults.NotAssessable(this, col.Key, colZh, "未找到表三", "table applications not found", [.. left, .. right])
                : Equation.Evaluate(this, col.Key, colZh, left, right);
        }
    }
}
