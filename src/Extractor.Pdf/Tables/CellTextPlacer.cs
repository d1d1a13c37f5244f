using Extractor.Pdf.Geometry;
using Extractor.Pdf.Text;

namespace Extractor.Pdf.Tables;

/// <summary>Places glyphs into the cells that hold their centres and joins each cell's glyphs into its text.</summary>
internal static class CellTextPlacer
{
    /// <summary>Fills the cells of <paramref name="tables"/> and returns the glyphs that fell outside every table.</summary>
    public static List<Glyph> PlaceGlyphs(IReadOnlyList<FoundTable> tables, List<Glyph> glyphs)
    {
        if (tables.Count == 0)
        {
            return glyphs;
        }

        var outside = new List<Glyph>(glyphs.Count);

        // Per cell by reference, in the order cells first receive a glyph (GridCell is a record: hashing its
        // value for every glyph cost more than the search).
        var perCell = new Dictionary<GridCell, List<Glyph>>(ReferenceEqualityComparer.Instance);
        foreach (var glyph in glyphs)
        {
            var cell = FindCell(tables, glyph.Box.CentreX, glyph.Box.CentreY);
            if (cell is null)
            {
                outside.Add(glyph);
                continue;
            }

            if (!perCell.TryGetValue(cell, out var list))
            {
                list = [];
                perCell[cell] = list;
            }

            list.Add(glyph);
        }

        foreach (var (cell, list) in perCell)
        {
            cell.Text = TextJoiner.LinesToText(LineBuilder.GlyphsToLines(list), isCell: true);
        }

        return outside;
    }

    private static GridCell? FindCell(IReadOnlyList<FoundTable> tables, double x, double y)
    {
        foreach (var table in tables)
        {
            if (!table.Bounds.Contains(x, y))
            {
                continue;
            }

            foreach (var cell in table.Cells)
            {
                if (cell.Box.Contains(x, y))
                {
                    return cell;
                }
            }
        }

        return null;
    }
}
