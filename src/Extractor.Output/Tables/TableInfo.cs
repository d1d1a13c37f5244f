namespace Extractor.Output.Tables;

/// <summary>The description of one dataset, shared by its CSV, its Parquet file and datapackage.json.</summary>
/// <param name="Name">The file stem and resource name, e.g. `cells`.</param>
/// <param name="Title">A short title.</param>
/// <param name="Description">What one row is.</param>
/// <param name="Columns">The columns in file order.</param>
/// <param name="PrimaryKey">The columns that identify a row; empty when rows have no key.</param>
/// <param name="ReferencesReports">True when `report_id` is a foreign key to `reports`.</param>
internal sealed record TableInfo(
    string Name,
    string Title,
    string Description,
    IReadOnlyList<ColumnInfo> Columns,
    IReadOnlyList<string> PrimaryKey,
    bool ReferencesReports);
