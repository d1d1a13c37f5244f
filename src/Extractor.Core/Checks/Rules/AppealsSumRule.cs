using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>T4-SUM: each 总计 of table 四 is the sum of its four results.</summary>
internal sealed class AppealsSumRule : IReportRule
{
    private const string Table = "appeals";

    public string Id => "T4-SUM";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Error;

    public string Description => "total = upheld + corrected + other + pending, per row of table 四";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        if (report.Template is null)
        {
            yield break;
        }

        var parts = TemplateCatalog.AppealColumns.Where(c => c.Key != "total").ToList();
        foreach (var row in TemplateCatalog.Appeals.Rows)
        {
            var rowZh = CellLabels.Row(Table, row.Key);
            Term T(string col) => new(report.Cell(Table, row.Key, col), 1, CellLabels.Column(Table, col), col);
            Term[] left = [T("total")];
            var right = parts.Select(c => T(c.Key)).ToList();
            yield return report.IsTableMissing(Table)
                ? RuleResults.NotAssessable(this, row.Key, rowZh, "未找到表四", "table appeals not found", [.. left, .. right])
                : Equation.Evaluate(this, row.Key, rowZh, left, right);
        }
    }
}
