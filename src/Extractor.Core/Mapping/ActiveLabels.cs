namespace Extractor.Core.Mapping;

/// <summary>The labels of table 二 in both formats (SCHEMA.md §3.1), matched on normalised text.</summary>
internal static class ActiveLabels
{
    private static readonly KeywordTable s_rows = new(
    [
        ("other_services", ["对外管理服务"]),
        ("normative_documents", ["规范性文件", "规范性档案"]),
        ("regulations", ["规章"]),
        ("licensing", ["行政许可"]),
        ("penalty", ["行政处罚"]),
        ("coercion", ["行政强制"]),
        ("fees", ["事业性收费"]),
        ("procurement", ["集中采购"]),
    ]);

    /// <summary>Column headers; checked before the rows, since 行政事业性收费 never appears in a header but 收费金额 does.</summary>
    private static readonly KeywordTable s_headers = new(
    [
        ("issued", ["制发件数", "制发"]),
        ("repealed", ["废止件数", "废止"]),
        ("in_force", ["现行有效"]),
        ("amount", ["收费金额", "采购总金额", "总金额"]),
        ("produced", ["新制作"]),
        ("published", ["新公开"]),
        ("total_published", ["公开总数"]),
        ("prior_items", ["上一年项目"]),
        ("change", ["增/减", "增减"]),
        ("items", ["采购项目"]),
        ("decisions", ["处理决定"]),
        (string.Empty, ["第二十条", "信息内容", "第(一)项", "第(五)项", "第(六)项", "第(八)项", "第(九)项"]),
    ]);

    public static LabelMatch? Classify(string norm, LabelContext context)
    {
        _ = context;
        if (norm.Length == 0)
        {
            return null;
        }

        if (s_headers.Find(norm) is { } header)
        {
            return new LabelMatch(LabelRole.Header, header);
        }

        return s_rows.Find(norm) is { } row ? new LabelMatch(LabelRole.Row, row) : null;
    }
}
