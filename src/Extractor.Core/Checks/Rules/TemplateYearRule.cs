using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks.Rules;

/// <summary>TEMPLATE-YEAR: the format matches the report year (2019/2020 → 2019 trial format, 2021 on → 2021 format).</summary>
internal sealed class TemplateYearRule : IReportRule
{
    public string Id => "TEMPLATE-YEAR";

    public RuleSource Source => RuleSource.Stated;

    public Severity Severity => Severity.Warning;

    public string Description => "template 2019 for report years 2019–2020, 2021 from 2021, legacy before 2019; expected/actual are the template ids (null for legacy)";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        var found = report.Report.Template;
        if (report.Report.Year is not { } year || found == TemplateIds.Unknown)
        {
            var why = report.Report.Year is null ? ("报告年度未知", "the report year is unknown") : ("未识别出格式", "the template is unknown");
            yield return RuleResults.Create(this, "report", CheckOutcome.NotAssessable, null, null,
                CheckText.Bilingual($"{Id} 全文: 无法判断，{why.Item1}", $"{Id} report: not assessable, {why.Item2}"), [], []);
            yield break;
        }

        var wanted = year switch
        {
            < 2019 => TemplateIds.Legacy,
            < 2021 => TemplateIds.V2019,
            _ => TemplateIds.V2021,
        };
        var holds = wanted == found;
        yield return RuleResults.Create(this, "report", holds ? CheckOutcome.Pass : CheckOutcome.Fail, AsNumber(wanted), AsNumber(found),
            CheckText.Bilingual(
                $"{Id} 全文: {year}年度报告应使用{Name(wanted)}，{(holds ? "相符" : $"实际为{Name(found)}")}",
                $"{Id} report: a {year} report should use template {wanted}, {(holds ? "and does" : $"found {found}")}"),
            [], []);
    }

    private static decimal? AsNumber(string template) => int.TryParse(template, out var n) ? n : null;

    private static string Name(string template) => template switch
    {
        TemplateIds.V2021 => "2021版格式",
        TemplateIds.V2019 => "2019版格式",
        _ => "2019年以前的自由格式",
    };
}
