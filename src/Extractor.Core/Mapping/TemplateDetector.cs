using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>
/// Tells the 2021 format from the 2019 one by table 二's column headers (the most reliable difference), then by
/// table 三's （六） sub-rows, then by the report year (SCHEMA.md §1).
/// </summary>
internal static class TemplateDetector
{
    private static readonly string[] s_markers2021 = ["制发件数", "废止件数", "现行有效"];
    private static readonly string[] s_markers2019 = ["新制作数量", "新公开数量", "公开总数量", "上一年项目数量", "集中采购", "采购项目"];
    private static readonly string[] s_subRows2021 = ["不补正", "缴纳费用", "收费通知"];

    public static string Detect(SectionedDocument document, int? year)
    {
        var active = document.Tables["active"];
        var v2021 = active.Count(i => s_markers2021.Any(m => i.Norm.Contains(m, StringComparison.Ordinal)));
        var v2019 = active.Count(i => s_markers2019.Any(m => i.Norm.Contains(m, StringComparison.Ordinal)));
        if (v2021 != v2019)
        {
            return v2021 > v2019 ? TemplateIds.V2021 : TemplateIds.V2019;
        }

        if (document.Tables["applications"].Any(i => s_subRows2021.Any(m => i.Norm.Contains(m, StringComparison.Ordinal))))
        {
            return TemplateIds.V2021;
        }

        var hasTables = document.Tables.Values.Any(static t => t.Count > 0);

        // The old statistics table (指标名称 / 本年度 / 历年累计) and no national table: a pre-2019 report whatever its year says.
        // For a year before 2019 the old table wins even when rows of a national table seem found: no national table had
        // that year's report, and without their column headers (above) such rows are lines of the table sections taken
        // for table lines. Sentence pieces (网上<br>6件、当面3件…) are no longer taken (SentencePieces); a subheading such
        // as （一）申请情况 still is, and would otherwise raise a false TEMPLATE-YEAR error.
        var legacyTable = document.StatisticsTables.Count > 0 || document.HeadingsFound.Contains(SectionHeadings.Statistics);
        if (legacyTable && (!hasTables || year < 2019))
        {
            return TemplateIds.Legacy;
        }

        return year switch
        {
            >= 2021 => TemplateIds.V2021,
            2019 or 2020 => TemplateIds.V2019,
            < 2019 when !hasTables => TemplateIds.Legacy,
            _ when hasTables => TemplateIds.V2021,
            _ => TemplateIds.Unknown,
        };
    }
}
