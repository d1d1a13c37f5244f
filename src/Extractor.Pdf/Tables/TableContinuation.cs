using System.Text.RegularExpressions;
using Extractor.Pdf.Text;

namespace Extractor.Pdf.Tables;

/// <summary>
/// Joins a table that runs over a page break back into one. Table 三 of the 2021 template is some thirty rows long
/// and usually breaks across pages, sometimes inside a row group (（四）无 | 法提供) and sometimes with its header
/// printed again. The continuation is accepted only when its columns line up with the first part.
/// </summary>
internal static partial class TableContinuation
{
    /// <summary>Column boundaries this far apart are still the same column.</summary>
    public const double ColumnTolerance = 4;

    /// <summary>Appends <paramref name="next"/> to <paramref name="first"/> when it continues it; false leaves both as they are.</summary>
    public static bool TryMerge(FoundTable first, FoundTable next, out FoundTable merged)
    {
        merged = first;
        var lastPage = first.Cells.Max(static c => c.Page);
        if (next.Page != lastPage + 1 || !SameColumns(first.ColumnEdges, next.ColumnEdges))
        {
            return false;
        }

        var repeated = RepeatedHeaderRows(first, next);
        var cells = new List<GridCell>(first.Cells);
        foreach (var cell in next.Cells)
        {
            if (cell.Row + cell.RowSpan <= repeated)
            {
                continue;
            }

            var row = Math.Max(0, cell.Row - repeated);
            var span = cell.RowSpan - Math.Max(0, repeated - cell.Row);
            var moved = cell with { Row = row + first.RowCount, RowSpan = span };
            if (row == 0 && FindBoundaryCell(first.RowCount, cells, cell) is GridCell above && ContinuesAcrossBreak(above, moved))
            {
                cells[cells.IndexOf(above)] = above with
                {
                    RowSpan = above.RowSpan + moved.RowSpan,
                    Text = JoinText(above.Text, moved.Text),
                };
                continue;
            }

            cells.Add(moved);
        }

        cells.Sort(static (a, b) => a.Row != b.Row ? a.Row.CompareTo(b.Row) : a.Column.CompareTo(b.Column));
        merged = first with { RowCount = first.RowCount + next.RowCount - repeated, Cells = cells };
        return true;
    }

    private static bool SameColumns(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Count == b.Count && a.Zip(b).All(static p => Math.Abs(p.First - p.Second) <= ColumnTolerance);

    private static int RepeatedHeaderRows(FoundTable first, FoundTable next)
    {
        var rows = 0;
        while (rows < first.RowCount && rows < next.RowCount && RowText(first, rows) is { Length: > 0 } text && text == RowText(next, rows))
        {
            rows++;
        }

        return rows;
    }

    private static string RowText(FoundTable table, int row) =>
        string.Join("|", table.Cells.Where(c => c.Row == row).Select(static c => c.Column + ":" + c.Text));

    private static GridCell? FindBoundaryCell(int rowCount, List<GridCell> cells, GridCell cell) =>
        cells.FirstOrDefault(c => c.Column == cell.Column
            && c.ColumnSpan == cell.ColumnSpan
            && c.Row + c.RowSpan == rowCount);

    /// <summary>
    /// A row-group label cut by the break: one side spans several rows, neither side is a number, and the lower part
    /// does not start a label of its own (（五）…, 2.…).
    /// </summary>
    private static bool ContinuesAcrossBreak(GridCell above, GridCell below) =>
        (above.RowSpan > 1 || below.RowSpan > 1)
        && !NumberPattern().IsMatch(above.Text)
        && !NumberPattern().IsMatch(below.Text)
        && !LabelStartPattern().IsMatch(below.Text);

    private static string JoinText(string above, string below)
    {
        if (above.Length == 0 || below.Length == 0)
        {
            return above + below;
        }

        return TextJoiner.NeedsSpace(above[^1], below[0], isCell: true) ? above + " " + below : above + below;
    }

    [GeneratedRegex(@"^[\d.,%\s]+$")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^\s*([（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+\s*[.、．])")]
    private static partial Regex LabelStartPattern();
}
