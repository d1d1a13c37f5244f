using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Text;

/// <summary>Groups glyphs into lines by their vertical overlap, then orders each line left to right.</summary>
internal static class LineBuilder
{
    public static List<TextLine> GlyphsToLines(IEnumerable<Glyph> glyphs, int page = 0)
    {
        // Top to bottom, then left to right; ties keep their order (as OrderBy/ThenBy did, without its per-call setup).
        var sorted = glyphs.ToArray();
        var keys = new (double Y, double X, int Index)[sorted.Length];
        for (var i = 0; i < sorted.Length; i++)
        {
            keys[i] = (sorted[i].Box.CentreY, sorted[i].Box.Left, i);
        }

        Array.Sort(keys, sorted);
        var lines = new List<TextLine>();
        var current = new List<Glyph>();
        double top = 0;
        double bottom = 0;
        foreach (var glyph in sorted)
        {
            if (current.Count > 0)
            {
                // Same line when the glyph's centre lies inside the band the line occupies so far.
                var centre = glyph.Box.CentreY;
                var slack = 0.1 * (bottom - top);
                if (centre >= top - slack && centre <= bottom + slack && !Overlaps(current, glyph))
                {
                    current.Add(glyph);
                    top = Math.Min(top, glyph.Box.Top);
                    bottom = Math.Max(bottom, glyph.Box.Bottom);
                    continue;
                }

                lines.Add(Finish(current, page));
                current = [];
            }

            current.Add(glyph);
            top = glyph.Box.Top;
            bottom = glyph.Box.Bottom;
        }

        if (current.Count > 0)
        {
            lines.Add(Finish(current, page));
        }

        return lines;
    }

    private static bool Overlaps(List<Glyph> line, Glyph glyph)
    {
        // A glyph sitting on top of one already in the line belongs to a line just above or below
        // (a vertical label printed one character per line with tight leading).
        foreach (var other in line)
        {
            var overlapX = Math.Min(other.Box.Right, glyph.Box.Right) - Math.Max(other.Box.Left, glyph.Box.Left);
            if (overlapX > 0.6 * Math.Min(other.Box.Width, glyph.Box.Width))
            {
                return true;
            }
        }

        return false;
    }

    private static TextLine Finish(List<Glyph> glyphs, int page)
    {
        glyphs.Sort(static (a, b) => a.Box.Left.CompareTo(b.Box.Left));
        return new TextLine(glyphs) { Page = page };
    }
}
