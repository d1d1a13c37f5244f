namespace Extractor.Core.Mapping;

/// <summary>A row label found in a table and the value cells that follow it.</summary>
/// <param name="Key">The template row key the label names.</param>
/// <param name="Label">The label cell.</param>
internal sealed record RowSegment(string Key, TableItem Label)
{
    /// <summary>The value cells after the label, in reading order.</summary>
    public List<TableItem> Values { get; } = [];

    /// <summary>True when the label might only name a group (（六）其他处理 heads the 2021 sub-rows but is a row in 2019).</summary>
    public bool MaybeGroup { get; init; }
}
