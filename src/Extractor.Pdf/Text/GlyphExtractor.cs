using Extractor.Pdf.Geometry;
using UglyToad.PdfPig.Content;

namespace Extractor.Pdf.Text;

/// <summary>Turns PdfPig's letters into glyphs in top-down page points, dropping blanks and overprinted duplicates.</summary>
internal static class GlyphExtractor
{
    public static List<Glyph> LettersToGlyphs(IReadOnlyList<Letter> letters, PageFrame frame)
    {
        var glyphs = new List<Glyph>(letters.Count);
        var seen = new HashSet<GlyphKey>();
        foreach (var letter in letters)
        {
            if (string.IsNullOrWhiteSpace(letter.Value))
            {
                continue;
            }

            var box = EmBox(letter, frame);

            // Word processors fake bold by printing a glyph twice a fraction of a point apart.
            var key = new GlyphKey(letter.Value, (long)Math.Round(box.CentreX), (long)Math.Round(box.CentreY));
            if (!seen.Add(key))
            {
                continue;
            }

            glyphs.Add(new Glyph(letter.Value, box, box.Height));
        }

        return glyphs;
    }

    private static Box EmBox(Letter letter, PageFrame frame)
    {
        var outline = letter.BoundingBox;
        var left = Math.Min(Math.Min(outline.BottomLeft.X, outline.TopRight.X), Math.Min(outline.TopLeft.X, outline.BottomRight.X));
        var right = Math.Max(Math.Max(outline.BottomLeft.X, outline.TopRight.X), Math.Max(outline.TopLeft.X, outline.BottomRight.X));
        var low = Math.Min(Math.Min(outline.BottomLeft.Y, outline.TopRight.Y), Math.Min(outline.TopLeft.Y, outline.BottomRight.Y));
        var high = Math.Max(Math.Max(outline.BottomLeft.Y, outline.TopRight.Y), Math.Max(outline.TopLeft.Y, outline.BottomRight.Y));
        var size = letter.PointSize;
        if (letter.TextOrientation != TextOrientation.Horizontal || size < 1 || size > 200)
        {
            // Rotated text or a degenerate text matrix: the outline is all we can trust.
            return new Box(frame.X(left), frame.Y(high), frame.X(right), frame.Y(low));
        }

        var baseline = letter.StartBaseLine.Y;
        var advanceRight = Math.Max(letter.EndBaseLine.X, right);
        var advanceLeft = Math.Min(letter.StartBaseLine.X, left);
        return new Box(frame.X(advanceLeft), frame.Y(baseline + (0.85 * size)), frame.X(advanceRight), frame.Y(baseline - (0.15 * size)));
    }
}
