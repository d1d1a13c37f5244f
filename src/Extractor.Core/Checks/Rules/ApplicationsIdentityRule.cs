using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>T3-ID: the header of table 三 states 第一项加第二项之和，等于第三项加第四项之和.</summary>
internal sealed class ApplicationsIdentityRule : IReportRule
{
    private const string Table = "applications";

    public string Id => "T3-ID";

    public RuleSource Source => RuleSource.Stated;

    public Severity Severity => Severity.Error;

    public string Description => "new_received + carried_over = total_processed + carried_forward, per applicant column";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        if (report.Template is null)
        {
            yield break;
        }

        foreach (var col in TemplateCatalog.ApplicantColumns)
        {
            var colZh = CellLabels.Column(Table, col.Key);
            Term T(string row) => new(report.Cell(Table, row, col.Key), 1, CellLabels.Row(Table, row), row);
            Term[] left = [T("new_received"), T("carried_over")];
            Term[] right = [T("total_processed"), T("carried_forward")];
            yield return report.IsTableMissing(Table)
                ? RuleResults.NotAssessable(this, col.Key, colZh, "未找到表三", "table applications not found", [.. left, .. right])
                : Equation.Evaluate(this, col.Key, colZh, left, right);
        }
    }
}
