namespace Extractor.Output.Tables;

/// <summary>A dataset: its description and its typed columns.</summary>
/// <typeparam name="TRow">The row type.</typeparam>
internal sealed class DatasetTable<TRow>
{
    public DatasetTable(string name, string title, string description, IReadOnlyList<DatasetColumn<TRow>> columns, IReadOnlyList<string> primaryKey, bool referencesReports)
    {
        Columns = columns;
        Info = new TableInfo(name, title, description, [.. columns.Select(c => c.Info)], primaryKey, referencesReports);
    }

    public TableInfo Info { get; }

    public IReadOnlyList<DatasetColumn<TRow>> Columns { get; }
}
