using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>X-CARRY: what year Y says it carried over from last year is what year Y−1 said it carried forward (both formats).</summary>
internal sealed class CarryOverRule : ICrossReportRule
{
    private const string Table = "applications";

    public string Id => "X-CARRY";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Warning;

    public string Description => "carried_over (year Y) = carried_forward (year Y−1) of the same agency, per applicant column";

    public IEnumerable<CheckResult> Check(ReportView current, ReportView previous)
    {
        if (current.Template is null || previous.Template is null)
        {
            yield break;
        }

        var year = current.Report.Year;
        foreach (var col in TemplateCatalog.ApplicantColumns)
        {
            var colZh = CellLabels.Column(Table, col.Key);
            Term[] left = [new(current.Cell(Table, "carried_over", col.Key), 1, $"{year}年上年结转", "carried_over")];
            Term[] right = [new(previous.Cell(Table, "carried_forward", col.Key), 1, $"{year - 1}年结转下年度", $"carried_forward({year - 1})", previous.Uri)];
            if (current.IsTableMissing(Table) || previous.IsTableMissing(Table))
            {
                yield return RuleResults.NotAssessable(this, col.Key, colZh, "两年中有一年未找到表三", "table applications not found in one of the two years", [.. left, .. right]);
                continue;
            }

            yield return Equation.Evaluate(this, col.Key, colZh, left, right);
        }
    }
}
