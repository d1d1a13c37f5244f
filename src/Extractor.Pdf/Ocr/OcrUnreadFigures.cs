using Extractor.Core.Mapping;
using Extractor.Core.Records;
using Extractor.Pdf.Tables;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// Finds the cells of a scanned table that stand where a figure stands but were not read as one: a character or two
/// read unsurely (a 2 read as 交 at confidence 0) in a row of figures, right of a figure and no wider than the row's
/// figure cells. Read as text, such a cell is no value to the mapper, so a table placed by counting values (table 四:
/// 15 figures in a row) lost all 15 for the one; marked, it keeps its place and only it is `missing`.
/// </summary>
internal static class OcrUnreadFigures
{
    /// <summary>Figures a row must hold before its short unsure readings are taken for figures.</summary>
    private const int MinFigures = 3;

    /// <summary>Longest reading (without spaces) taken for a misread figure; labels are longer.</summary>
    private const int MaxLength = 2;

    public static void Mark(IEnumerable<FoundTable> tables, double highConfidence)
    {
        foreach (var cell in Find(tables, highConfidence, leftOfFigures: false))
        {
            cell.UnreadFigure = true;
        }
    }

    /// <summary>
    /// The cells whose reading the witness may try again (<c>OcrPageReader.ReadUnreadFigures</c>): those marked, and
    /// the same short unsure readings in the first figure column, right of the row's label (a 2 read as 世 under
    /// 自然人), which are not marked: there a label of two characters (规章) looks alike, and the mapper places the
    /// cell by the text left of it anyway. Seal ink is never read again.
    /// </summary>
    public static List<GridCell> ToReread(IEnumerable<FoundTable> tables, double highConfidence) =>
        tables.SelectMany(static t => t.Cells).Where(static c => c.UnreadFigure)
            .Union(Find(tables, highConfidence, leftOfFigures: true), ReferenceEqualityComparer.Instance).OfType<GridCell>()
            .Where(static c => !c.SealInk).ToList();

    private static IEnumerable<GridCell> Find(IEnumerable<FoundTable> tables, double highConfidence, bool leftOfFigures)
    {
        foreach (var table in tables)
        {
            foreach (var row in table.Cells.GroupBy(static c => c.Row))
            {
                var figures = row.Where(static c => IsFigure(c.Text) && !c.UnreadFigure).ToList();
                if (figures.Count < MinFigures)
                {
                    continue;
                }

                var widest = figures.Max(static c => c.Box.Width);
                var firstFigure = figures.Min(static c => c.Column);
                foreach (var cell in row)
                {
                    var compact = cell.Text.Replace(" ", string.Empty, StringComparison.Ordinal);
                    var placed = cell.Column > firstFigure
                        || (leftOfFigures && row.Any(c => c.Column + c.ColumnSpan <= cell.Column && c.Text.Length > 0 && !IsFigure(c.Text)));
                    if (cell.UnreadFigure || (placed && compact.Length is > 0 and <= MaxLength && !IsFigure(cell.Text) && CellValueParser.Parse(cell.Text).Kind == CellKind.Text
                        && cell.Confidence < highConfidence && cell.RowSpan == 1 && cell.ColumnSpan == 1 && cell.Box.Width <= widest + 1))
                    {
                        yield return cell;
                    }
                }
            }
        }
    }

    private static bool IsFigure(string text) => CellValueParser.Parse(text).Kind == CellKind.Number;
}
