using System.Collections.Concurrent;
using Extractor.Core.Templates;

namespace Extractor.Core.Checks;

/// <summary>Short Chinese names of rows and columns for check messages (the template labels are too long to repeat).</summary>
internal static class CellLabels
{
    private static readonly Dictionary<string, string> s_rows = new(StringComparer.Ordinal)
    {
        ["applications/new_received"] = "本年新收",
        ["applications/carried_over"] = "上年结转",
        ["applications/granted"] = "予以公开",
        ["applications/partially_granted"] = "部分公开",
        ["applications/withheld_state_secret"] = "不予公开-国家秘密",
        ["applications/withheld_prohibited_by_law"] = "不予公开-法律法规禁止",
        ["applications/withheld_three_safeties"] = "不予公开-三安全一稳定",
        ["applications/withheld_third_party"] = "不予公开-第三方权益",
        ["applications/withheld_internal_affairs"] = "不予公开-内部事务",
        ["applications/withheld_process_info"] = "不予公开-过程性信息",
        ["applications/withheld_enforcement_file"] = "不予公开-行政执法案卷",
        ["applications/withheld_query_matter"] = "不予公开-行政查询事项",
        ["applications/unavailable_not_held"] = "无法提供-不掌握",
        ["applications/unavailable_needs_creation"] = "无法提供-需另行制作",
        ["applications/unavailable_unclear"] = "无法提供-补正后不明确",
        ["applications/not_processed_petition"] = "不予处理-信访举报投诉",
        ["applications/not_processed_duplicate"] = "不予处理-重复申请",
        ["applications/not_processed_publication"] = "不予处理-公开出版物",
        ["applications/not_processed_excessive"] = "不予处理-大量反复申请",
        ["applications/not_processed_confirmation"] = "不予处理-确认或重新出具",
        ["applications/other_no_correction"] = "其他处理-逾期不补正",
        ["applications/other_unpaid_fee"] = "其他处理-逾期未缴费",
        ["applications/other_misc"] = "其他处理-其他",
        ["applications/other_handling"] = "其他处理",
        ["applications/total_processed"] = "办理结果总计",
        ["applications/carried_forward"] = "结转下年度",
        ["appeals/review"] = "行政复议",
        ["appeals/litigation_direct"] = "行政诉讼-未经复议直接起诉",
        ["appeals/litigation_after_review"] = "行政诉讼-复议后起诉",
    };

    // Answers by (table, key): every equation term asks for its label, thousands of times per report. The keys are the
    // templates' (bounded); past MaxCached (a report with keys of its own) the answer is worked out each time.
    private const int MaxCached = 4096;
    private static readonly ConcurrentDictionary<(string Table, string Row), string> s_rowCache = new();
    private static readonly ConcurrentDictionary<(string Table, string Col), string> s_columnCache = new();

    /// <summary>The short Chinese name of a row, falling back to the template label, then the key.</summary>
    public static string Row(string table, string row) =>
        s_rowCache.TryGetValue((table, row), out var label) ? label
        : s_rowCache.Count < MaxCached ? s_rowCache.GetOrAdd((table, row), static k => FindRow(k.Table, k.Row))
        : FindRow(table, row);

    /// <summary>The Chinese name of a column of <paramref name="table"/>, from the template catalogue.</summary>
    public static string Column(string table, string col) =>
        s_columnCache.TryGetValue((table, col), out var label) ? label
        : s_columnCache.Count < MaxCached ? s_columnCache.GetOrAdd((table, col), static k => FindColumn(k.Table, k.Col))
        : FindColumn(table, col);

    private static string FindRow(string table, string row)
    {
        if (s_rows.TryGetValue($"{table}/{row}", out var label))
        {
            return label;
        }

        return TemplateCatalog.V2021.FindTable(table)?.FindRow(row)?.Label
            ?? TemplateCatalog.V2019.FindTable(table)?.FindRow(row)?.Label
            ?? row;
    }

    private static string FindColumn(string table, string col)
    {
        var fromCatalog = table switch
        {
            "applications" => TemplateCatalog.ApplicantColumns.FirstOrDefault(c => c.Key == col)?.Label,
            "appeals" => TemplateCatalog.AppealColumns.FirstOrDefault(c => c.Key == col)?.Label,
            _ => FindActiveColumn(col),
        };
        return fromCatalog ?? col;
    }

    private static string? FindActiveColumn(string col) =>
        new[] { TemplateCatalog.V2021, TemplateCatalog.V2019 }
            .Select(t => t.FindTable("active"))
            .SelectMany(t => t?.Rows ?? [])
            .SelectMany(r => r.Columns)
            .FirstOrDefault(c => c.Key == col)?.Label;
}
