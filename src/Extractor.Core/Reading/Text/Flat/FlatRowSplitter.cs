using Extractor.Core.Templates;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Splits each located row's run into the template row's cells, then keeps the splits that satisfy the row's own
/// arithmetic. Table 二 rows have none, so they stay ambiguous unless only one split exists. When no split satisfies
/// the arithmetic, the document itself is inconsistent: every split is kept, so that a unique one is still reported
/// as printed.
/// </summary>
internal static class FlatRowSplitter
{
    public static void SplitRows(IEnumerable<FlatRow> rows, TemplateDefinition template, string tableKey)
    {
        var table = template.FindTable(tableKey);
        foreach (var row in rows)
        {
            row.Definition = row.Key is null ? null
                : table?.FindRow(row.Key) ?? (row.Key == TemplateCatalog.OtherHandlingRow.Key ? TemplateCatalog.OtherHandlingRow : null);
            if (row.Definition is null)
            {
                continue;
            }

            var kinds = row.Definition.Columns.Select(KindOf).ToList();
            row.CellNames = row.Definition.Columns.Select(static c => c.Key).ToList();
            Narrow(row, RunSplitter.Split(row.Run.Text, kinds), tableKey == "applications" ? FlatRowChecks.ApplicantTotalHolds : null, "T3-COL");
        }
    }

    /// <summary>Splits table 四's values (one run, or several joined by forced cuts) into its fifteen cells.</summary>
    public static void SplitAppeals(FlatRow row)
    {
        var cells = TemplateCatalog.Appeals.Rows.SelectMany(static r => r.Columns.Select(c => $"{r.Key}/{c.Key}")).ToList();
        var kinds = cells.Select(static _ => ColumnKind.Count).ToList();
        row.CellNames = cells;
        Narrow(row, RunSplitter.Split(row.Run.Text, kinds), FlatRowChecks.AppealTotalsHold, "T4-SUM");
    }

    private static void Narrow(FlatRow row, RunSplitResult raw, Func<string[], bool>? check, string rule)
    {
        row.Raw = raw;
        row.Candidates = raw.Splits;
        row.Narrowing = raw.Splits.Count == 1 ? "the only split" : string.Empty;
        if (check is null || raw.Capped || raw.Splits.Count == 0)
        {
            return;
        }

        var passing = raw.Splits.Where(check).ToList();
        if (passing.Count == 0)
        {
            row.CheckHolds = false;
            return;
        }

        row.Candidates = passing;
        if (raw.Splits.Count > 1)
        {
            row.Narrowing = $"{passing.Count} of {raw.Splits.Count} splits satisfy {rule}";
        }
    }

    private static ColumnKind KindOf(ColumnDefinition column) => column.Key switch
    {
        "change" => ColumnKind.Change,
        "amount" => ColumnKind.Amount,
        _ => ColumnKind.Count,
    };
}
