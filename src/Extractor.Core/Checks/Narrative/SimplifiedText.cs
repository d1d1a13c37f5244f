using System.Text;
using System.Text.RegularExpressions;
using Extractor.Core.Text;

namespace Extractor.Core.Checks.Narrative;

/// <summary>Folds narrative text to simplified characters and half-width digits so one set of patterns reads both scripts.</summary>
internal static partial class SimplifiedText
{
    /// <summary>
    /// Simplified characters, ASCII digits, no whitespace and no thousands separators
    /// (so a wrapped `共收到申请 1,234 件` reads as `共收到申请1234件`).
    /// </summary>
    public static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in ChineseText.ToSimplified(text))
        {
            if (char.IsWhiteSpace(ch))
            {
                continue;
            }

            sb.Append(ch is >= '０' and <= '９' ? (char)('0' + (ch - '０')) : ch);
        }

        return Thousands().Replace(sb.ToString(), string.Empty);
    }

    [GeneratedRegex(@"(?<=\d),(?=\d{3}(?!\d))")]
    private static partial Regex Thousands();
}
