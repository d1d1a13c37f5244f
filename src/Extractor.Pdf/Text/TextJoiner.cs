using System.Text;
using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Text;

/// <summary>
/// Joins glyphs and lines into text the way a reader would: Chinese never takes a space (neither inside a line nor
/// where it wraps), Latin words keep one, and in table cells digits of one number are glued back together.
/// </summary>
internal static class TextJoiner
{
    /// <summary>Joins the lines of a paragraph or cell, top to bottom.</summary>
    /// <param name="isCell">True inside a table cell, where a gap between digits is a stray space inside one number.</param>
    public static string LinesToText(IEnumerable<TextLine> lines, bool isCell)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            var part = LineToText(line.Glyphs, isCell);
            if (part.Length == 0)
            {
                continue;
            }

            if (text.Length > 0 && NeedsSpace(text[^1], part[0], isCell))
            {
                text.Append(' ');
            }

            text.Append(part);
        }

        return text.ToString();
    }

    public static string LineToText(IReadOnlyList<Glyph> glyphs, bool isCell)
    {
        var text = new StringBuilder(glyphs.Count + 8);
        Glyph? previous = null;
        foreach (var glyph in glyphs)
        {
            if (previous is not null && text.Length > 0)
            {
                var gap = glyph.Box.Left - previous.Box.Right;
                var size = Math.Max(1, Math.Min(previous.Size, glyph.Size));
                if (gap > 0.25 * size && NeedsSpace(text[^1], glyph.Text[0], isCell))
                {
                    text.Append(' ');
                }
            }

            text.Append(glyph.Text);
            previous = glyph;
        }

        return text.ToString();
    }

    /// <summary>Whether two characters that meet across a gap or a line break are separate words.</summary>
    public static bool NeedsSpace(char before, char after, bool isCell)
    {
        if (IsCjk(before) || IsCjk(after))
        {
            return false;
        }

        if (isCell && IsNumberPart(before) && IsNumberPart(after))
        {
            return false;
        }

        return true;
    }

    /// <summary>True for Han characters and the full-width punctuation that goes with them.</summary>
    public static bool IsCjk(char c) =>
        c is >= '\u2E80' and <= '\u9FFF'
            or >= '\uF900' and <= '\uFAFF'
            or >= '\uFE30' and <= '\uFE4F'
            or >= '\uFF00' and <= '\uFFEF'
            or '\u2014' or '\u2018' or '\u2019' or '\u201C' or '\u201D' or '\u2026' or '\u00B7'
        || char.IsSurrogate(c);

    private static bool IsNumberPart(char c) => char.IsAsciiDigit(c) || c is '.' or ',' or '%';
}
