using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>
/// Maps table 四. The national format prints it as one unlabeled row of 15 numbers under a three-level header
/// (复议 ×5, 直接起诉 ×5, 复议后起诉 ×5); converters also split it into three tables of 5 under their own headings.
/// </summary>
internal static class AppealsMapper
{
    private const int Width = 5;

    public static List<CellRecord> Map(IReadOnlyList<TableItem> items, List<Diagnostic> diagnostics)
    {
        var table = TemplateCatalog.Appeals;
        var values = new List<(TableItem Item, string? Group)>();
        string? group = null;

        // In a grid, empty cells of header rows (the corner above the labels) are not data: keep grid rows that hold a value.
        var dataRows = items
            .Where(static i => i.IsValueLike && i.Layout != TableLayout.CellStream && i.Parsed.Kind is CellKind.Number or CellKind.Na)
            .Select(static i => (i.Block, i.Cell.Row))
            .ToHashSet();
        foreach (var item in items)
        {
            if (item.IsValueLike)
            {
                if (item.Layout != TableLayout.CellStream && !dataRows.Contains((item.Block, item.Cell.Row)))
                {
                    continue;
                }

                values.Add((item, group));
                continue;
            }

            if (AppealsLabels.Classify(item.Norm) is { Role: LabelRole.Group } g)
            {
                group = g.Key;
            }
        }

        var expected = table.Rows.Count * Width;
        while (values.Count > expected && values[^1].Item.Parsed.Kind == CellKind.Blank)
        {
            values.RemoveAt(values.Count - 1);
        }

        var placed = new Dictionary<string, IReadOnlyList<TableItem>>(StringComparer.Ordinal);
        if (values.Count == expected)
        {
            for (var r = 0; r < table.Rows.Count; r++)
            {
                placed[table.Rows[r].Key] = values.Skip(r * Width).Take(Width).Select(static v => v.Item).ToList();
            }
        }
        else if (items.Count == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TableMissing, "appeals: table 四 (行政复议、行政诉讼) not found; its cells are missing", string.Empty));
        }
        else
        {
            // Split tables: each group's values follow its own heading.
            foreach (var row in table.Rows)
            {
                var own = values.Where(v => v.Group == row.Key).Select(static v => v.Item).ToList();
                if (own.Count == Width)
                {
                    placed[row.Key] = own;
                }
            }

            if (placed.Count < table.Rows.Count)
            {
                var raw = string.Join(" | ", values.Select(static v => v.Item.Cell.Text));
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.RowShape,
                    $"appeals: {values.Count} values for {expected} cells and they cannot be placed safely: {raw}",
                    values.Count > 0 ? values[0].Item.Cell.At.ToString() : string.Empty));
            }
        }

        var empty = new Dictionary<string, string>(StringComparer.Ordinal);
        var cells = new List<CellRecord>(expected);
        foreach (var row in table.Rows)
        {
            placed.TryGetValue(row.Key, out var rowValues);
            for (var c = 0; c < row.Columns.Count; c++)
            {
                cells.Add(ColumnAssigner.ToCell(table.Key, row.Key, row.Columns[c], rowValues?[c], empty));
            }
        }

        return cells;
    }
}
