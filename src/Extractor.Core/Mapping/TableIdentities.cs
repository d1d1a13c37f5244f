using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Mapping;

/// <summary>
/// The identities a table states about itself (T3-COL on every row, T3-SUM and T3-ID on every column of table 三;
/// T4-SUM on every row of table 四), used to accept or refuse cells placed by row order. Every participant must be
/// read (number, blank or not-applicable mark counting as 0): a proposal is never accepted on a gap.
/// </summary>
internal static class TableIdentities
{
    public static bool Hold(TableDefinition table, IReadOnlyList<CellRecord> cells, out string why)
    {
        var byKey = new Dictionary<string, CellRecord>(StringComparer.Ordinal);
        foreach (var cell in cells.Where(c => c.Table == table.Key))
        {
            byKey.TryAdd($"{cell.Row}/{cell.Col}", cell);
        }

        decimal? V(string row, string col) =>
            byKey.TryGetValue($"{row}/{col}", out var c) && c.Kind is CellKind.Number or CellKind.Blank or CellKind.Na ? c.Value ?? 0m : null;

        var rows = table.Rows.Select(static r => r.Key).ToList();
        if (rows.Any(r => table.FindRow(r)!.Columns.Any(c => V(r, c.Key) is null)))
        {
            why = "not every cell of the table was read";
            return false;
        }

        var parts = table.Key == "appeals" ? ["upheld", "corrected", "other", "pending"] : TemplateCatalog.ApplicantColumns.Select(static c => c.Key).Where(static k => k != "total").ToArray();
        foreach (var row in rows)
        {
            if (V(row, "total") != parts.Sum(p => V(row, p)))
            {
                why = $"{row}: total is not the sum of its columns";
                return false;
            }
        }

        if (table.Key != "applications")
        {
            why = string.Empty;
            return true;
        }

        var outcomes = table.Rows.Where(static r => r.IsOutcome).Select(static r => r.Key).ToList();
        foreach (var col in TemplateCatalog.ApplicantColumns.Select(static c => c.Key))
        {
            if (V("total_processed", col) != outcomes.Sum(r => V(r, col)))
            {
                why = $"{col}: （七）总计 is not the sum of the outcome rows";
                return false;
            }

            if (V("new_received", col) + V("carried_over", col) != V("total_processed", col) + V("carried_forward", col))
            {
                why = $"{col}: received + carried over is not processed + carried forward";
                return false;
            }
        }

        why = string.Empty;
        return true;
    }
}
