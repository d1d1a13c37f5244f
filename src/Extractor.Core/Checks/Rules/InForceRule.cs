using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>X-IN-FORCE: documents in force at the end of Y = in force at the end of Y−1 + issued in Y − repealed in Y (2021 format both years).</summary>
internal sealed class InForceRule : ICrossReportRule
{
    private const string Table = "active";

    private static readonly string[] s_rows = ["regulations", "normative_documents"];

    public string Id => "X-IN-FORCE";

    public RuleSource Source => RuleSource.Derived;

    public Severity Severity => Severity.Info;

    public string Description => "active in_force (Y) = in_force (Y−1) + issued (Y) − repealed (Y), for regulations and normative_documents, 2021 format both years";

    public IEnumerable<CheckResult> Check(ReportView current, ReportView previous)
    {
        // The 2019 format counts documents published, not in force: nothing to carry across.
        if (current.Report.Template != TemplateIds.V2021 || previous.Report.Template != TemplateIds.V2021)
        {
            yield break;
        }

        var year = current.Report.Year;
        foreach (var row in s_rows)
        {
            var rowZh = CellLabels.Row(Table, row);
            Term[] left = [new(current.Cell(Table, row, "in_force"), 1, $"{year}年现行有效", "in_force")];
            Term[] right =
            [
                new(previous.Cell(Table, row, "in_force"), 1, $"{year - 1}年现行有效", $"in_force({year - 1})", previous.Uri),
                new(current.Cell(Table, row, "issued"), 1, "本年制发", "issued"),
                new(current.Cell(Table, row, "repealed"), -1, "本年废止", "repealed"),
            ];
            if (current.IsTableMissing(Table) || previous.IsTableMissing(Table))
            {
                yield return RuleResults.NotAssessable(this, row, rowZh, "两年中有一年未找到表二", "table active not found in one of the two years", [.. left, .. right]);
                continue;
            }

            yield return Equation.Evaluate(this, row, rowZh, left, right);
        }
    }
}
