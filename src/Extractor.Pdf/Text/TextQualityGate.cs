using Extractor.Pdf.Geometry;

namespace Extractor.Pdf.Text;

/// <summary>
/// Decides whether a page's text layer can be trusted. Fonts embedded without a ToUnicode map make PdfPig return
/// replacement characters, private-use code points, control codes or "(cid:n)" names; passing such text on would
/// produce confident nonsense, so a page with more than a small share of them is rejected as a whole.
/// </summary>
internal static class TextQualityGate
{
    /// <summary>Share of bad glyphs above which a page is rejected; a few stray symbols in a good font stay below it.</summary>
    public const double MaxBadShare = 0.05;

    public static TextQuality Assess(IReadOnlyList<Glyph> glyphs)
    {
        if (glyphs.Count == 0)
        {
            return TextQuality.Empty;
        }

        var bad = 0;
        foreach (var glyph in glyphs)
        {
            if (IsBad(glyph.Text))
            {
                bad++;
            }
        }

        return bad > MaxBadShare * glyphs.Count ? TextQuality.Unmapped : TextQuality.Good;
    }

    public static bool IsBad(string text)
    {
        if (text.Contains("(cid:", StringComparison.Ordinal))
        {
            return true;
        }

        foreach (var c in text)
        {
            if (c == '\uFFFD' || (c >= '\uE000' && c <= '\uF8FF') || (char.IsControl(c) && c is not '\t' and not '\n' and not '\r'))
            {
                return true;
            }
        }

        return false;
    }
}
