namespace Extractor.Output.Tables;

/// <summary>The description of a dataset column that the CSV header, the Parquet schema, the workbook and datapackage.json share.</summary>
/// <param name="Name">The column name.</param>
/// <param name="Type">The value type.</param>
/// <param name="Description">What the column holds, for datapackage.json.</param>
/// <param name="Required">True when a value is always present.</param>
/// <param name="Labels">For key columns: each allowed key with its Chinese label; null for free columns.</param>
/// <param name="Title">The column's Chinese label (Table Schema `title`, the workbook's second header row); null to show the name.</param>
internal sealed record ColumnInfo(
    string Name,
    ColumnType Type,
    string Description,
    bool Required = false,
    IReadOnlyDictionary<string, string>? Labels = null,
    string? Title = null)
{
    /// <summary>The label to show people: the Chinese title, else the name.</summary>
    public string Label => Title ?? Name;
}
