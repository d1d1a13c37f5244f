namespace Extractor.Core.Templates;

/// <summary>One version of the national report format.</summary>
/// <param name="Id">`2021` or `2019`.</param>
/// <param name="Tables">Its tables in printed order: active, applications, appeals.</param>
public sealed record TemplateDefinition(string Id, IReadOnlyList<TableDefinition> Tables)
{
    /// <summary>Finds a table by key, or null.</summary>
    public TableDefinition? FindTable(string key)
    {
        for (var i = 0; i < Tables.Count; i++)
        {
            if (Tables[i].Key == key)
            {
                return Tables[i];
            }
        }

        return null;
    }

    /// <summary>Every (table, row, column) of the template in template order.</summary>
    public IEnumerable<(TableDefinition Table, RowDefinition Row, ColumnDefinition Column)> Cells() =>
        from t in Tables from r in t.Rows from c in r.Columns select (t, r, c);
}
