using System.Globalization;
using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Mapping;
using Extractor.Core.Records;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// Places a template row whose label OCR could not read (a red seal over the label column: 本 read as 未) by its position
/// in the scanned table. A ruled table has one grid row per template row, so the rows that were found sit at one offset
/// (grid row − template index); the row that was not found belongs at its own index plus that offset, its figures in
/// the grid columns the other rows' figures of the same columns came from. This is only a proposal: it is kept when
/// the table's identities hold with it (no identity on its cells fails, each of its cells is in one that passes, and
/// one that passes ties it to another row: T3-SUM or T3-ID), else the row stays `missing`. Kept cells are
/// `resolved_by: order` (SCHEMA.md §2), so the identities that placed them do not check them again.
/// </summary>
internal static class OcrRowPosition
{
    /// <summary>Rows that must agree on an offset before a row is placed by it (as in <see cref="OcrRowPlacement"/>).</summary>
    private const int MinAgreeing = 3;

    /// <summary>The confidence the page reader gives a cell with no ink at all (OcrPageReader.Build): only such a cell is blank.</summary>
    private const double NoInk = 100;

    private static readonly string[] s_identities = ["T3-COL", "T3-SUM", "T3-ID", "T4-SUM"];

    /// <summary>
    /// <paramref name="report"/> with rows no scanned cell was placed in filled from their position in the scanned
    /// table where the identities hold with them; each placed row gets an info diagnostic.
    /// </summary>
    public static ReportResult Place(ReportResult report, OcrGrid grid)
    {
        var cells = report.Cells.ToList();
        var diagnostics = report.Diagnostics.ToList();
        var placedAny = false;
        foreach (var table in cells.Select(static c => c.Table).Distinct().ToList())
        {
            var rows = cells.Where(c => c.Table == table).Select(static c => c.Row).Distinct().ToList();
            var places = cells
                .Where(c => c.Table == table)
                .Select(static c => (Cell: c, Place: Parse(c.At)))
                .Where(static p => p.Place is not null)
                .Select(static p => (p.Cell, Place: p.Place!.Value))
                .ToList();

            // Each found row's grid row on each page and scanned table (the most common among its cells).
            var found = places
                .GroupBy(static p => (p.Cell.Row, p.Place.Page, p.Place.Table))
                .Select(g => (g.Key.Row, g.Key.Page, g.Key.Table, Index: rows.IndexOf(g.Key.Row),
                    Grid: g.GroupBy(static p => p.Place.Row).OrderByDescending(static r => r.Count()).First().Key))
                .ToList();
            foreach (var row in rows)
            {
                var index = rows.IndexOf(row);
                if (cells.Where(c => c.Table == table && c.Row == row).Any(static c => c.At.Length > 0))
                {
                    continue;
                }

                var candidates = new List<List<CellRecord>>();
                foreach (var scan in found.GroupBy(static f => (f.Page, f.Table)))
                {
                    if (Propose(table, row, index, scan.ToList(), places.Where(p => p.Place.Page == scan.Key.Page && p.Place.Table == scan.Key.Table).ToList(), cells, grid) is { } proposal)
                    {
                        candidates.Add(proposal);
                    }
                }

                if (candidates.Count != 1)
                {
                    continue;
                }

                var proposed = candidates[0];
                var trial = cells.Select(c => proposed.FirstOrDefault(p => p.Key == c.Key) ?? c).ToList();
                if (!Holds(report with { Cells = trial }, proposed, out var passing))
                {
                    continue;
                }

                cells = trial.Select(c => proposed.Any(p => p.Key == c.Key) ? c with { ResolvedBy = CellResolution.Order } : c).ToList();
                placedAny = true;
                var at = proposed[0].At;
                var place = Parse(at)!.Value;
                diagnostics.Add(new Diagnostic(DiagnosticCodes.LayoutRepaired, string.Create(CultureInfo.InvariantCulture,
                    $"{table}/{row}: its label was not read, so no cell was placed here by label; placed by its position instead: grid row {place.Row} of the scanned table on page {place.Page}, where the rows found around it put it, and {passing} hold with its figures (resolved_by order)"),
                    at, Severity.Info));
            }
        }

        return placedAny ? report with { Cells = cells, Diagnostics = diagnostics } : report;
    }

    /// <summary>The row's cells read from grid row index + offset of one scanned table; null when that table cannot place it.</summary>
    private static List<CellRecord>? Propose(string table, string row, int index, List<(string Row, int Page, int Table, int Index, int Grid)> found, List<(CellRecord Cell, (int Page, int Table, int Row, int Col, double X, double Y) Place)> places, List<CellRecord> cells, OcrGrid grid)
    {
        var offsets = found.GroupBy(static f => f.Grid - f.Index).OrderByDescending(static g => g.Count()).ToList();
        if (offsets[0].Count() < MinAgreeing || (offsets.Count > 1 && offsets[1].Count() == offsets[0].Count()))
        {
            return null;
        }

        // Only beside or between the rows found at that offset, and on a grid row no found row took.
        var agreeing = offsets[0].ToList();
        var gridRow = index + offsets[0].Key;
        if (index < agreeing.Min(static f => f.Index) - 1 || index > agreeing.Max(static f => f.Index) + 1 || found.Any(f => f.Grid == gridRow))
        {
            return null;
        }

        var anchor = places[0].Place;
        var proposal = new List<CellRecord>();
        foreach (var cell in cells.Where(c => c.Table == table && c.Row == row))
        {
            // The grid column the other rows' figures of this column came from: one only.
            var columns = places.Where(p => p.Cell.Col == cell.Col).Select(static p => p.Place.Col).Distinct().ToList();
            if (columns.Count != 1)
            {
                return null;
            }

            var source = grid.CellBeside(anchor.Page, anchor.X, anchor.Y, gridRow - 1, columns[0] - 1);
            if (source is null || source.Row != gridRow - 1 || source.Column != columns[0] - 1 || source.Confidence is not { } sure || source.UnreadFigure
                || (source.Text.Length == 0 && sure < NoInk))
            {
                // No such cell, or its reading is no value (a misread figure, seal ink read as one, or ink no word came
                // from: taken as blank, an unread 0 adds up like the 0 it is, and a blank would stand where a 0 was written).
                return null;
            }

            var parsed = CellValueParser.Parse(source.Text);
            var at = new SourceLocation(Page: source.Page, Table: anchor.Table, Row: gridRow, Column: columns[0],
                X: Math.Round(source.Box.Left, 1), Y: Math.Round(source.Box.Top, 1), OcrConfidence: Math.Round(sure)).ToString();
            proposal.Add(cell with { Kind = parsed.Kind, Value = parsed.Value, Raw = source.Text, At = at });
        }

        return proposal.Count > 0 ? proposal : null;
    }

    /// <summary>
    /// Whether the identities hold with the proposed cells: none on them fails, each is in one that passes, and one that
    /// passes reaches another row. <paramref name="passing"/> names the identities that pass.
    /// </summary>
    private static bool Holds(ReportResult trial, List<CellRecord> proposed, out string passing)
    {
        var keys = proposed.Select(static c => c.Key).ToHashSet(StringComparer.Ordinal);
        var row = proposed[0].Row;
        var on = ReportChecker.Check(trial).Where(c => s_identities.Contains(c.Rule) && c.Cells.Any(keys.Contains)).ToList();
        var passed = on.Where(static c => c.Outcome == CheckOutcome.Pass).ToList();
        passing = string.Join(", ", passed.Select(static c => $"{c.Rule} {c.Scope}"));
        return proposed.All(static c => c.Kind is CellKind.Number or CellKind.Blank)
            && on.All(static c => c.Outcome != CheckOutcome.Fail)
            && keys.All(k => passed.Any(c => c.Cells.Contains(k)))
            && passed.Any(c => c.Cells.Any(k => !k.Contains("/" + row + "/", StringComparison.Ordinal)));
    }

    /// <summary>The scanned grid cell and corner an OCR-read cell came from; null for a cell not read by OCR from a grid.</summary>
    private static (int Page, int Table, int Row, int Col, double X, double Y)? Parse(string at) =>
        SourceLocation.TryParse(at, out var place)
        && place is { Page: int page, Line: null, Table: int table, Row: int row, Column: int col, X: double x, Y: double y, OcrConfidence: not null }
            ? (page, table, row, col, x, y)
            : null;
}
