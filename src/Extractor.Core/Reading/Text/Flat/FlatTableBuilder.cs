using Extractor.Core.Documents;
using Extractor.Core.Records;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Turns located and split rows into a grid table the template mapper reads by its labels: a header row for each piece
/// of column headers, then one row per template row, its label cell followed by one cell per value. A cell is a number
/// only when every remaining split agrees on it; otherwise it is marked uncertain and holds the raw run.
/// </summary>
internal static class FlatTableBuilder
{
    /// <summary>Candidate splits listed in a diagnostic; the rest are counted.</summary>
    private const int ListedSplits = 6;

    public static TableBlock RowsToTable(IReadOnlyList<FlatRow> rows, string tableKey, int line, int tableIndex, List<Diagnostic> diagnostics)
    {
        var grid = new List<IReadOnlyList<TableCell>>();
        foreach (var row in rows)
        {
            if (row.Header.Length > 0)
            {
                grid.Add([Cell(row.Header, grid.Count, 0, line, tableIndex)]);
            }

            var cells = new List<TableCell>();
            if (row.Label.Length > 0)
            {
                cells.Add(Cell(row.Label, grid.Count, 0, line, tableIndex));
            }

            cells.AddRange(ValueCells(row, tableKey, grid.Count, cells.Count, line, tableIndex, diagnostics));
            grid.Add(cells);
        }

        return new TableBlock(grid, TableLayout.Grid, new SourceLocation(Line: line, Table: tableIndex));
    }

    private static List<TableCell> ValueCells(FlatRow row, string tableKey, int gridRow, int firstColumn, int line, int tableIndex, List<Diagnostic> diagnostics)
    {
        var at = new SourceLocation(Line: line, Table: tableIndex, Row: gridRow + 1, Column: firstColumn + 1).ToString();
        var width = row.Raw is null ? 0 : row.CellNames.Count;
        if (row.Raw is null || width == 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.Unrecognised, $"{tableKey}: run 「{row.RunText}」 after 「{row.Label}」 follows no known row label; kept as one cell", at));
            return [Cell(row.RunText, gridRow, firstColumn, line, tableIndex)];
        }

        var cells = new List<TableCell>(width);
        var uncertain = new List<int>();
        for (var c = 0; c < width; c++)
        {
            var texts = row.Candidates.Select(s => s[c]).Distinct(StringComparer.Ordinal).ToList();
            if (texts.Count == 1 && !row.Raw.Capped)
            {
                var unit = c == width - 1 ? row.Run.Unit : string.Empty;
                cells.Add(Cell(texts[0] + unit, gridRow, firstColumn + c, line, tableIndex));
            }
            else
            {
                uncertain.Add(c);
                cells.Add(Cell(row.RunText, gridRow, firstColumn + c, line, tableIndex) with { IsUncertain = true });
            }
        }

        if (uncertain.Count > 0)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.AmbiguousCells, Describe(row, tableKey, uncertain), at));
        }
        else if (!row.CheckHolds)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.LayoutRepaired, $"{tableKey}/{row.Key}: run 「{row.RunText}」 has one split ({string.Join("|", row.Candidates[0])}) and its total does not add up; kept as printed", at, Severity.Info));
        }

        return cells;
    }

    private static string Describe(FlatRow row, string tableKey, List<int> uncertain)
    {
        var columns = string.Join(", ", uncertain.Select(c => row.CellNames[c]));
        var name = row.Key is null ? tableKey : $"{tableKey}/{row.Key}";
        if (row.Raw!.Capped)
        {
            return $"{name}: run 「{row.RunText}」 has more than {row.Raw.Splits.Count} splits (enumeration capped); cells {columns} left missing";
        }

        if (row.Candidates.Count == 0)
        {
            return $"{name}: run 「{row.RunText}」 cannot be split into {uncertain.Count} cells without leading zeros; cells {columns} left missing";
        }

        var listed = string.Join(", ", row.Candidates.Take(ListedSplits).Select(static s => "[" + string.Join("|", s) + "]"));
        var more = row.Candidates.Count > ListedSplits ? $", … ({row.Candidates.Count - ListedSplits} more)" : string.Empty;
        var check = row.CheckHolds ? string.Empty : "; no split satisfies the row total";
        var how = row.Narrowing.Length > 0 ? $" ({row.Narrowing})" : string.Empty;
        return $"{name}: run 「{row.RunText}」 splits {row.Candidates.Count} ways{how}{check}: {listed}{more}; cells {columns} left missing";
    }

    private static TableCell Cell(string text, int row, int column, int line, int tableIndex) =>
        new(text, row, column, 1, 1, new SourceLocation(Line: line, Table: tableIndex, Row: row + 1, Column: column + 1));
}
