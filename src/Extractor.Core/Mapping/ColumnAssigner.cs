using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>
/// Places a row's values in the template's columns. In template order when the row has exactly as many values as
/// columns; by the column headers above them when it has fewer or more and the grid is real; otherwise not at all —
/// a guess by counting would shift every value after a missing one, so the cells are `missing` with a diagnostic.
/// </summary>
internal static class ColumnAssigner
{
    public static List<CellRecord> Assign(
        string table,
        RowDefinition row,
        RowSegment? segment,
        IReadOnlyList<HeaderSpan> headers,
        IReadOnlyDictionary<string, string> headerUnits,
        List<Diagnostic> diagnostics)
    {
        var columns = row.Columns;
        var placed = new TableItem?[columns.Count];
        if (segment is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.RowMissing, $"{table}/{row.Key}: row 「{row.Label}」 not found; its cells are missing", string.Empty));
        }
        else
        {
            var values = new List<TableItem>(segment.Values);

            // Padding and merged cells leave empty cells after a row's last value: drop them before counting.
            while (values.Count > columns.Count && values[^1].Parsed.Kind is CellKind.Blank or CellKind.Na)
            {
                values.RemoveAt(values.Count - 1);
            }

            // A label split over two cells (缴纳费用、 | 行政机关不再处理其政 | 0 …) leaves text before the numbers.
            while (values.Count > columns.Count && values[0].Parsed.Kind == CellKind.Text && !values[0].Cell.IsUncertain)
            {
                values.RemoveAt(0);
            }

            // A scanned label cell cut in two by a rule the grid finder carried into it ((七)总计 | ⟨nothing⟩ | 76 …): the
            // empty piece is no value. OCR cells only; a document's own empty cell there stays a value, and is not placed.
            while (values.Count > columns.Count && values[0].Parsed.Kind == CellKind.Blank && values[0].Cell.At.OcrConfidence is not null)
            {
                values.RemoveAt(0);
            }

            if (values.Count == columns.Count)
            {
                for (var i = 0; i < values.Count; i++)
                {
                    placed[i] = values[i];
                }
            }
            else if (!TryPlaceByHeaders(values, columns, headers, placed))
            {
                var raw = string.Join(" | ", values.Select(static v => v.Cell.Text));
                var message = values.Count == 0
                    ? $"{table}/{row.Key}: row 「{segment.Label.Cell.Text}」 has no values; its cells are missing"
                    : $"{table}/{row.Key}: row 「{segment.Label.Cell.Text}」 has {values.Count} values for {columns.Count} columns and they cannot be placed safely: {raw}";
                diagnostics.Add(new Diagnostic(DiagnosticCodes.RowShape, message, segment.Label.Cell.At.ToString()));
            }
            else
            {
                var missing = columns.Where((_, i) => placed[i] is null).Select(static c => c.Key).ToList();
                if (missing.Count > 0)
                {
                    diagnostics.Add(new Diagnostic(DiagnosticCodes.RowShape, $"{table}/{row.Key}: no cell under column(s) {string.Join(", ", missing)}; missing", segment.Label.Cell.At.ToString()));
                }
            }
        }

        var cells = new List<CellRecord>(columns.Count);
        for (var i = 0; i < columns.Count; i++)
        {
            cells.Add(ToCell(table, row.Key, columns[i], placed[i], headerUnits));
        }

        return cells;
    }

    public static CellRecord ToCell(string table, string row, ColumnDefinition column, TableItem? item, IReadOnlyDictionary<string, string> headerUnits)
    {
        var defaultUnit = headerUnits.TryGetValue(column.Key, out var headerUnit) ? headerUnit : column.Unit;
        if (item is null)
        {
            // Not seen is not empty: `blank` is a statement about the source, `missing` about our reading (SCHEMA.md §2).
            return new CellRecord(table, row, column.Key, CellKind.Missing, null, string.Empty, defaultUnit, string.Empty);
        }

        if (item.Cell.IsUncertain)
        {
            // A glued run with several valid splits: the run stays in raw, the candidates are in the reader's diagnostic.
            return new CellRecord(table, row, column.Key, CellKind.Missing, null, item.Cell.Text, defaultUnit, item.Cell.At.ToString());
        }

        var parsed = item.Parsed;
        var unit = parsed.Kind == CellKind.Number && parsed.Unit is "万元" or "元" or "亿元" ? parsed.Unit : defaultUnit;
        return new CellRecord(table, row, column.Key, parsed.Kind, parsed.Value, item.Cell.Text, unit, item.Cell.At.ToString());
    }

    /// <summary>Places values under the headers whose grid columns cover them; all or nothing, and only in template order.</summary>
    private static bool TryPlaceByHeaders(List<TableItem> values, IReadOnlyList<ColumnDefinition> columns, IReadOnlyList<HeaderSpan> headers, TableItem?[] placed)
    {
        if (values.Count == 0 || values.Any(static v => v.Layout != TableLayout.Grid))
        {
            return false;
        }

        var trial = new TableItem?[columns.Count];
        var last = -1;
        foreach (var value in values)
        {
            var column = value.Cell.Column;
            var header = headers
                .Where(h => h.Block == value.Block && h.FirstColumn <= column && column <= h.LastColumn && columns.Any(c => c.Key == h.Key))
                .OrderBy(static h => h.LastColumn - h.FirstColumn)
                .Select(static h => (HeaderSpan?)h)
                .FirstOrDefault();
            if (header is null)
            {
                if (value.Parsed.Kind == CellKind.Blank)
                {
                    continue;
                }

                return false;
            }

            var index = columns.ToList().FindIndex(c => c.Key == header.Value.Key);
            if (index <= last || trial[index] is not null)
            {
                return false;
            }

            trial[index] = value;
            last = index;
        }

        Array.Copy(trial, placed, trial.Length);
        return true;
    }
}
