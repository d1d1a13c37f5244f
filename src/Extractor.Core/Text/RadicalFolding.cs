using System.Text;

namespace Extractor.Core.Text;

/// <summary>
/// PDF fonts (Chromium, some WPS exports) map the glyphs of ordinary characters to the Kangxi Radicals and CJK Radicals
/// Supplement blocks (`⼈` U+2F08 for 人, `⺠` U+2EA0 for 民). Kangxi radicals fold by NFKC; most of the supplement
/// has no decomposition, so its equivalents (Unicode's EquivalentUnifiedIdeograph data, the forms that stand for a
/// whole character or a common component) are listed here. Nothing else is touched.
/// </summary>
internal static class RadicalFolding
{
    /// <summary>Supplement radical, then the character it stands for, pair after pair.</summary>
    private const string SupplementPairs =
        "⺁厂⺅亻⺇几⺉刂⺊卜⺌小⺓幺⺗心⺘扌⺜日⺝月⺟母⺠民⺡氵⺣灬⺦丬⺨犭⺩王⺭礻⺰纟⺲罒⺹耂⺾艹⻁虎" +
        "⻂衤⻄西⻅见⻆角⻈讠⻉贝⻋车⻍辶⻏阝⻐钅⻑長⻓长⻔门⻖阝⻘青⻙韦⻚页⻛风⻜飞⻝食⻠饣⻢马⻣骨⻤鬼" +
        "⻥鱼⻦鸟⻧卤⻨麦⻩黄⻪黾⻬齐⻮齿⻰龙⻳龟";

    private static readonly Dictionary<char, char> s_supplement = Enumerable.Range(0, SupplementPairs.Length / 2)
        .ToDictionary(static i => SupplementPairs[2 * i], static i => SupplementPairs[(2 * i) + 1]);

    /// <summary>True when <paramref name="c"/> lies in the Kangxi Radicals or CJK Radicals Supplement block.</summary>
    public static bool IsRadical(char c) => c is >= '\u2E80' and <= '\u2EFF' or >= '\u2F00' and <= '\u2FDF';

    /// <summary>Replaces radicals by the characters they stand for; returns <paramref name="text"/> itself when it has none.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAnyInRange('\u2E80', '\u2FDF'))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!IsRadical(c))
            {
                sb.Append(c);
            }
            else if (s_supplement.TryGetValue(c, out var equivalent))
            {
                sb.Append(equivalent);
            }
            else
            {
                sb.Append(c.ToString().Normalize(NormalizationForm.FormKC));
            }
        }

        return sb.ToString();
    }
}
