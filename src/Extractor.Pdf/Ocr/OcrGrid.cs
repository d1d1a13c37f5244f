using Extractor.Pdf.Pages;
using Extractor.Pdf.Tables;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// The ruled tables of the pages read by OCR, cell by cell as the reader cut them, so the verifier can look at grid
/// rows the mapper placed nowhere (a row whose label a seal covers: <see cref="OcrRowPosition"/>).
/// </summary>
internal sealed class OcrGrid
{
    private readonly List<(int Page, List<GridCell> Cells)> _tables;

    private OcrGrid(List<(int Page, List<GridCell> Cells)> tables) => _tables = tables;

    public static OcrGrid Empty { get; } = new([]);

    public static OcrGrid From(IEnumerable<PageContent> pages) =>
        new(pages.Where(static p => p.ReadByOcr).SelectMany(static p => p.Tables.Select(t => (p.Number, t.Cells.ToList()))).ToList());

    public static OcrGrid Of(IEnumerable<(int Page, List<GridCell> Cells)> tables) => new(tables.ToList());

    /// <summary>The cell of the scanned tables on <paramref name="page"/> whose top-left corner is (<paramref name="x"/>, <paramref name="y"/>) in points to 0.1, as a cell's `at` gives it; null when none.</summary>
    public GridCell? CellAt(int page, double x, double y) =>
        _tables.Where(t => t.Page == page).SelectMany(static t => t.Cells)
            .FirstOrDefault(c => Math.Abs(Math.Round(c.Box.Left, 1) - x) < 0.05 && Math.Abs(Math.Round(c.Box.Top, 1) - y) < 0.05);

    /// <summary>
    /// The cell at grid row <paramref name="row"/> and column <paramref name="column"/> (0-based origin) of the scanned
    /// table on <paramref name="page"/> that holds a cell whose top-left corner is (<paramref name="x"/>, <paramref name="y"/>)
    /// in points to 0.1, as a cell's `at` gives it; null when there is no such table or cell.
    /// </summary>
    public GridCell? CellBeside(int page, double x, double y, int row, int column)
    {
        foreach (var (onPage, cells) in _tables)
        {
            if (onPage == page && cells.Any(c => Math.Abs(Math.Round(c.Box.Left, 1) - x) < 0.05 && Math.Abs(Math.Round(c.Box.Top, 1) - y) < 0.05))
            {
                return cells.FirstOrDefault(c => c.Row == row && c.Column == column);
            }
        }

        return null;
    }
}
