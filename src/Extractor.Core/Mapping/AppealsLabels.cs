namespace Extractor.Core.Mapping;

/// <summary>The labels of table 四 (SCHEMA.md §3.3): the three groups and the five result columns.</summary>
internal static class AppealsLabels
{
    private static readonly string[] s_headerWords = ["维持", "纠正", "其他结果", "审结", "总计", "合计", "诉讼", "结果", "其他"];

    public static LabelMatch? Classify(string norm)
    {
        if (norm.Length == 0)
        {
            return null;
        }

        // 复议后起诉 and 未经复议直接起诉 both contain 复议: test the litigation groups first.
        if (norm.Contains("复议后起诉", StringComparison.Ordinal))
        {
            return new LabelMatch(LabelRole.Group, "litigation_after_review");
        }

        if (norm.Contains("直接起诉", StringComparison.Ordinal))
        {
            return new LabelMatch(LabelRole.Group, "litigation_direct");
        }

        if (norm.Contains("复议", StringComparison.Ordinal))
        {
            return new LabelMatch(LabelRole.Group, "review");
        }

        return Keywords.AnyIn(norm, s_headerWords) ? new LabelMatch(LabelRole.Header, string.Empty) : null;
    }
}
