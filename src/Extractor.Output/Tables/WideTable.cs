using Extractor.Core.Json;

namespace Extractor.Output.Tables;

/// <summary>
/// A wide table: one row per report and table row, one value column per column key of the table across both templates,
/// then a `&lt;col&gt;_kind` column per key (number, blank, na, text, missing; null where the row has no such column in the
/// report's template) and a `&lt;col&gt;_unit` column for keys that carry a unit (万元 amounts).
/// </summary>
internal sealed class WideTable
{
    private WideTable(string key, IReadOnlyList<string> columnKeys, DatasetTable<WideRow> table)
    {
        Key = key;
        ColumnKeys = columnKeys;
        Table = table;
        _indexes = columnKeys.Select((k, i) => (k, i)).ToDictionary(x => x.k, x => x.i, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> _indexes;

    /// <summary>The table key, also the dataset name.</summary>
    public string Key { get; }

    /// <summary>The column keys in file order.</summary>
    public IReadOnlyList<string> ColumnKeys { get; }

    public DatasetTable<WideRow> Table { get; }

    /// <summary>The position of a column key, or -1 for a key the templates do not have.</summary>
    public int IndexOf(string columnKey) => _indexes.TryGetValue(columnKey, out var i) ? i : -1;

    public static WideTable Create(string key)
    {
        var wideColumns = KeyLabels.WideColumns(key);
        var labels = KeyLabels.Columns(key);
        var columns = new List<DatasetColumn<WideRow>>
        {
            DatasetColumn<WideRow>.OfText(DatasetTables.ReportIdColumn(), r => r.ReportId),
            DatasetColumn<WideRow>.OfText(new("row", ColumnType.String, "The row key.", Required: true, Labels: KeyLabels.Rows(key), Title: "行"), r => r.Row),
        };

        for (var i = 0; i < wideColumns.Count; i++)
        {
            var index = i;
            var col = wideColumns[i].Key;
            columns.Add(DatasetColumn<WideRow>.OfDecimal(
                new(col, ColumnType.Decimal, $"{labels[col]}: the number, null unless {col}_kind is number. Parquet: DECIMAL(28,8).", Title: labels[col]),
                r => r.Cells[index]?.Value));
        }

        for (var i = 0; i < wideColumns.Count; i++)
        {
            var index = i;
            var col = wideColumns[i].Key;
            columns.Add(DatasetColumn<WideRow>.OfText(
                new($"{col}_kind", ColumnType.String, $"What was written in {col} ({labels[col]}): number, blank, na, text or missing; null where this row has no {col} column in the report's template.", Title: $"{labels[col]}·填写类型"),
                r => r.Cells[index] is { } c ? ReportJsonWriter.Name(c.Kind) : null));
        }

        foreach (var (col, index) in wideColumns.Select((c, i) => (c, i)).Where(x => x.c.HasUnit).Select(x => (x.c.Key, x.i)))
        {
            columns.Add(DatasetColumn<WideRow>.OfText(
                new($"{col}_unit", ColumnType.String, $"The unit of {col} (万元 unless the report wrote another); null where the row has no {col} column.", Title: $"{labels[col]}·单位"),
                r => r.Cells[index]?.Unit));
        }

        var table = new DatasetTable<WideRow>(
            key,
            $"{KeyLabels.Tables[key]} (wide)",
            $"One row per report and row of table {key} ({KeyLabels.Tables[key]}), one column per column key of both templates.",
            columns,
            ["report_id", "row"],
            referencesReports: true);
        return new WideTable(key, [.. wideColumns.Select(c => c.Key)], table);
    }
}
