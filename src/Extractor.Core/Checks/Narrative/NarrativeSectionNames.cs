namespace Extractor.Core.Checks.Narrative;

/// <summary>The Chinese names of the narrative sections, as the narrative rules' messages quote them.</summary>
internal static class NarrativeSectionNames
{
    private static readonly Dictionary<string, string> s_zh = new(StringComparer.Ordinal)
    {
        ["overall"] = "总体情况",
        ["active"] = "主动公开",
        ["applications"] = "依申请公开",
        ["appeals"] = "复议诉讼",
        ["problems"] = "存在问题",
        ["other"] = "其他事项",
    };

    /// <summary>The section's Chinese name, or its key when it has none.</summary>
    public static string Zh(string section) => s_zh.GetValueOrDefault(section, section);
}
