using Extractor.Core.Mapping;
using Extractor.Core.Templates;
using Extractor.Core.Text;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Tells which national format a flat body follows before its runs are split, since the row widths depend on it:
/// table 二's column headers (本年制发件数… in 2021, 本年新制作数量… and 上一年项目数量 in 2019) decide, then rows only one
/// format has (其他对外管理服务事项 and 政府集中采购 in 2019; the （六） sub-rows in 2021). A tie reads as 2021.
/// </summary>
internal static class FlatTemplateGuess
{
    private static readonly string[] s_headers2021 = ["issued", "repealed", "in_force"];
    private static readonly string[] s_headers2019 = ["produced", "published", "total_published", "prior_items", "change", "items"];
    private static readonly string[] s_rows2019 = ["other_services", "procurement"];
    private static readonly string[] s_rows2021 = ["other_no_correction", "other_unpaid_fee", "other_misc"];

    public static TemplateDefinition Guess(IReadOnlyList<FlatRow> active, IReadOnlyList<FlatRow> applications)
    {
        int v2021 = 0, v2019 = 0;
        foreach (var row in active)
        {
            if (row.Header.Length > 0 && ActiveLabels.Classify(ChineseText.NormalizeLabel(row.Header), new LabelContext()) is { Role: LabelRole.Header } header)
            {
                v2021 += s_headers2021.Contains(header.Key) ? 1 : 0;
                v2019 += s_headers2019.Contains(header.Key) ? 1 : 0;
            }

            v2019 += s_rows2019.Contains(row.Key) ? 1 : 0;
        }

        v2021 += applications.Count(static r => s_rows2021.Contains(r.Key));
        return v2019 > v2021 ? TemplateCatalog.V2019 : TemplateCatalog.V2021;
    }
}
