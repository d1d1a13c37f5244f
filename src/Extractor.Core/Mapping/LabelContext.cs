namespace Extractor.Core.Mapping;

/// <summary>What the labels before the current one said, for labels that mean nothing alone (a bare `3.其他`).</summary>
internal sealed class LabelContext
{
    /// <summary>The group the last group label opened (`withheld`, `unavailable`, `not_processed`, `other`, `results`), or null.</summary>
    public string? Group { get; set; }

    /// <summary>The key of the last row label.</summary>
    public string? LastRow { get; set; }
}
