using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Core.Records;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// Finds template rows of a scanned table that took another grid row's figures. A ruled table has one grid row per
/// template row, so within one scanned table every row's grid row minus its place in the template is the same number.
/// A row whose figures sit at another offset was given a neighbour's band (on a skewed scan the label column and the
/// figure columns can be cut into rows differently): its figures are some other row's, read surely and adding up, so no
/// identity can catch them.
/// </summary>
internal static class OcrRowPlacement
{
    /// <summary>Rows with fewer figure cells than this (table 一's one to three) are not compared: their tables interleave sub-headings.</summary>
    private const int MinCells = 4;

    /// <summary>Rows that must agree on an offset before another offset is taken as misplaced.</summary>
    private const int MinAgreeing = 3;

    /// <summary>The keys of cells in misplaced rows, each with why.</summary>
    public static Dictionary<string, string> Misplaced(IReadOnlyList<CellRecord> cells)
    {
        // The template's row order is the order the cells come in.
        var order = new Dictionary<(string Table, string Row), int>();
        foreach (var cell in cells)
        {
            order.TryAdd((cell.Table, cell.Row), order.Count(o => o.Key.Table == cell.Table));
        }

        // Each template row's grid row (the most common among its cells) within each scanned table.
        var placed = new List<Placed>();
        foreach (var group in cells
            .Select(static c => (Cell: c, Grid: GridPlace(c.At)))
            .Where(static p => p.Grid is not null)
            .GroupBy(static p => (p.Cell.Table, p.Cell.Row, p.Grid!.Value.Page, p.Grid.Value.Table)))
        {
            if (group.Count() >= MinCells)
            {
                var grid = group.GroupBy(static p => p.Grid!.Value.Row).OrderByDescending(static r => r.Count()).First().Key;
                placed.Add(new Placed(group.Key.Item1, group.Key.Row, group.Key.Page, group.Key.Item4, grid, order[(group.Key.Item1, group.Key.Row)], group.Select(static p => p.Cell.Key).ToList()));
            }
        }

        var misplaced = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var table in placed.GroupBy(static p => (p.Table, p.Page, p.ScanTable)))
        {
            var counts = table.GroupBy(static p => p.Offset).OrderByDescending(static g => g.Count()).ToList();
            if (counts[0].Count() < MinAgreeing || (counts.Count > 1 && counts[1].Count() == counts[0].Count()))
            {
                continue;
            }

            var offset = counts[0].Key;
            foreach (var row in table.Where(p => p.Offset != offset))
            {
                var why = string.Create(CultureInfo.InvariantCulture,
                    $"the row's figures were read at grid row {row.Grid} of the scanned table (page {row.Page}), where {counts[0].Count()} other rows of the table put row {Template(cells, row.Table, row.Grid - offset) ?? "(none)"}; this row belongs at grid row {row.Index + offset}");
                foreach (var key in row.Cells)
                {
                    misplaced[key] = why;
                }
            }
        }

        return misplaced;
    }

    /// <summary>A template row's place in a scanned table: its grid row and its index in the template.</summary>
    private sealed record Placed(string Table, string Row, int Page, int ScanTable, int Grid, int Index, List<string> Cells)
    {
        public int Offset => Grid - Index;
    }

    /// <summary>The template row at <paramref name="index"/> of <paramref name="table"/>, null outside it.</summary>
    private static string? Template(IReadOnlyList<CellRecord> cells, string table, int index) =>
        cells.Where(c => c.Table == table).Select(static c => c.Row).Distinct().ElementAtOrDefault(index);

    /// <summary>The scanned grid cell an OCR-read cell came from; null for a cell not read by OCR from a grid.</summary>
    private static (int Page, int Table, int Row)? GridPlace(string at) =>
        SourceLocation.TryParse(at, out var place) && place is { Page: int page, Line: null, Table: int table, Row: int row, Column: not null, OcrConfidence: not null }
            ? (page, table, row)
            : null;
}
