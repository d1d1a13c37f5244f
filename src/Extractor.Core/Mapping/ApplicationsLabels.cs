using System.Text.RegularExpressions;

namespace Extractor.Core.Mapping;

/// <summary>
/// The labels of table 三 (SCHEMA.md §3.2), matched on normalised text (simplified, no spaces, ASCII brackets).
/// Keywords are the distinctive words of each row so that wording variants and typos seen in real reports still
/// match (2.其他法律行政止公开 in the Hongze 2023 PDF); sub-item numbers alone are never trusted, since they restart
/// in every group.
/// </summary>
internal static partial class ApplicationsLabels
{
    private static readonly KeywordTable s_rows = new(
    [
        ("new_received", ["本年新收"]),
        ("carried_over", ["上年结转"]),
        ("carried_forward", ["结转下年度", "下年度继续办理", "结转下一年", "结转至下年度"]),
        ("partially_granted", ["部分公开"]),
        ("granted", ["予以公开"]),
        ("withheld_state_secret", ["国家秘密"]),
        ("withheld_prohibited_by_law", ["禁止公开", "其他法律", "行政止公开"]),
        ("withheld_three_safeties", ["三安全", "一稳定"]),
        ("withheld_third_party", ["第三方"]),
        ("withheld_internal_affairs", ["内部事务"]),
        ("withheld_process_info", ["过程性"]),
        ("withheld_enforcement_file", ["执法案卷"]),
        ("withheld_query_matter", ["查询事项"]),
        ("unavailable_not_held", ["不掌握"]),
        ("unavailable_needs_creation", ["另行制作", "没有现成"]),
        ("unavailable_unclear", ["不明确"]),
        ("not_processed_petition", ["信访", "举报投诉"]),
        ("not_processed_duplicate", ["重复申请"]),
        ("not_processed_publication", ["出版物"]),
        ("not_processed_excessive", ["大量反复", "反复申请"]),
        ("not_processed_confirmation", ["重新出具", "确认或"]),
        ("other_no_correction", ["不补正"]),
        ("other_unpaid_fee", ["缴纳费用", "收费通知"]),
    ]);

    private static readonly KeywordTable s_headers = new(
    [
        ("natural_person", ["自然人"]),
        ("commercial", ["商业企业", "商业企", "商业"]),
        ("research", ["科研机构", "科研机", "科研"]),
        ("social_welfare", ["社会公益组织", "社会公益", "公益组织"]),
        ("legal_service", ["法律服务机构", "法律服务"]),
        ("total", ["总计", "合计"]),
        (string.Empty, ["申请人情况", "法人或其他组织", "勾稽", "企业", "机构", "组织", "类别", "项目", "数量", "信息内容"]),
    ]);

    public static LabelMatch? Classify(string norm, LabelContext context)
    {
        if (norm.Length == 0)
        {
            return null;
        }

        if (TotalRowPattern().IsMatch(norm))
        {
            return new LabelMatch(LabelRole.Row, "total_processed");
        }

        if (s_rows.Find(norm) is { } row)
        {
            return new LabelMatch(LabelRole.Row, row);
        }

        if (OtherMiscPattern().IsMatch(norm))
        {
            var inOtherGroup = context.Group == "other" || context.LastRow is "other_no_correction" or "other_unpaid_fee";
            return inOtherGroup ? new LabelMatch(LabelRole.Row, "other_misc") : new LabelMatch(LabelRole.Header, "other_org");
        }

        if (norm.Contains("其他处理", StringComparison.Ordinal) || OtherGroupPattern().IsMatch(norm))
        {
            return new LabelMatch(LabelRole.Group, "other");
        }

        if (norm.Contains("不予公开", StringComparison.Ordinal))
        {
            return new LabelMatch(LabelRole.Group, "withheld");
        }

        if (norm.Contains("无法提供", StringComparison.Ordinal))
        {
            return new LabelMatch(LabelRole.Group, "unavailable");
        }

        if (norm.Contains("不予处理", StringComparison.Ordinal))
        {
            return new LabelMatch(LabelRole.Group, "not_processed");
        }

        if (norm.Contains("办理结果", StringComparison.Ordinal))
        {
            return new LabelMatch(LabelRole.Group, "results");
        }

        if (s_headers.Find(norm) is { } header)
        {
            return new LabelMatch(LabelRole.Header, header);
        }

        if (DataHeaderPattern().IsMatch(norm))
        {
            return new LabelMatch(LabelRole.Header, string.Empty);
        }

        return FuzzyLabel.FindUnique(norm, s_rows.Entries, context.LastRow) is { } fuzzy ? new LabelMatch(LabelRole.Row, fuzzy) : null;
    }

    /// <summary>（七）总计 in any numbering style; a bare 总计 is the column header.</summary>
    [GeneratedRegex(@"^\(?七\)?[.、]?(总计|合计)")]
    private static partial Regex TotalRowPattern();

    [GeneratedRegex(@"^(\(?3\)?\.?|3[.、])其[他它]$|^其[他它]$")]
    private static partial Regex OtherMiscPattern();

    [GeneratedRegex(@"^\(?六\)?[.、]?其[他它]")]
    private static partial Regex OtherGroupPattern();

    /// <summary>Generic headers that PDF-to-markdown converters invent (数据1…数据6).</summary>
    [GeneratedRegex(@"^\(?数据(项目|\d+)\)?$")]
    private static partial Regex DataHeaderPattern();
}
