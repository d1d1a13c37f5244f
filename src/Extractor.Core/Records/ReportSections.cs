namespace Extractor.Core.Records;

/// <summary>The narrative text of the report's sections, page chrome removed; null where the section was not found.</summary>
/// <param name="Overall">一、总体情况.</param>
/// <param name="Active">Narrative inside 二 (outside its table).</param>
/// <param name="Applications">Narrative inside 三 (outside its table).</param>
/// <param name="Appeals">Narrative inside 四 (outside its table).</param>
/// <param name="Problems">五、存在的主要问题及改进情况.</param>
/// <param name="Other">六、其他需要报告的事项.</param>
public sealed record ReportSections(string? Overall, string? Active, string? Applications, string? Appeals, string? Problems, string? Other)
{
    /// <summary>No section found.</summary>
    public static ReportSections Empty { get; } = new(null, null, null, null, null, null);

    /// <summary>Where each section found lies in the source, by section key ("line 3 to line 9", "page 1 to page 2"); absent keys were not found.</summary>
    public IReadOnlyDictionary<string, string> At { get; init; } = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The `at` range of a section, or null when it was not found.</summary>
    public string? AtOf(string key) => At.TryGetValue(key, out var at) ? at : null;

    /// <summary>The sections as key/text pairs in template order.</summary>
    public IEnumerable<KeyValuePair<string, string?>> AsPairs()
    {
        yield return new("overall", Overall);
        yield return new("active", Active);
        yield return new("applications", Applications);
        yield return new("appeals", Appeals);
        yield return new("problems", Problems);
        yield return new("other", Other);
    }
}
