using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>T3-COL: the 总计 column of table 三 is the sum of the six applicant columns.</summary>
internal sealed class ApplicantColumnsRule : IReportRule
{
    private const string Table = "applications";

    public string Id => "T3-COL";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Error;

    public string Description => "total = natural_person + commercial + research + social_welfare + legal_service + other_org, per row of table 三";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        if (report.Template is null)
        {
            yield break;
        }

        var parts = TemplateCatalog.ApplicantColumns.Where(c => c.Key != "total").ToList();
        foreach (var row in report.ApplicationRows())
        {
            var rowZh = CellLabels.Row(Table, row.Key);
            Term T(string col) => new(report.Cell(Table, row.Key, col), 1, CellLabels.Column(Table, col), col);
            Term[] left = [T("total")];
            var right = parts.Select(c => T(c.Key)).ToList();
            yield return report.IsTableMissing(Table)
                ? RuleResults.NotAssessable(this, row.Key, rowZh, "未找到表三", "table applications not found", [.. left, .. right])
                : Equation.Evaluate(this, row.Key, rowZh, left, right);
        }
    }
}
