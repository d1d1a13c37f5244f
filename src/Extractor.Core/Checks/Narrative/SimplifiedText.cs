using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Core.Checks.Narrative;

/// <summary>Folds narrative text to simplified characters and half-width digits so one set of patterns reads both scripts.</summary>
internal static class SimplifiedText
{
    // Unihan kSimplifiedVariant single-character pairs, embedded by Extractor.Core.csproj.
    private const string ResourceName = "Extractor.Core.Text.t2s.txt";

    private static readonly Lazy<Dictionary<string, string>> s_map = new(Load);

    private static readonly Regex s_thousands = new(@"(?<=\d),(?=\d{3}(?!\d))", RegexOptions.CultureInvariant);

    /// <summary>
    /// Simplified characters, ASCII digits, no whitespace and no thousands separators
    /// (so a wrapped `共收到申请 1,234 件` reads as `共收到申请1234件`).
    /// </summary>
    public static string Fold(string text)
    {
        var map = s_map.Value;
        var sb = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            if (Rune.IsWhiteSpace(rune))
            {
                continue;
            }

            var value = rune.Value;
            if (value is >= 0xFF10 and <= 0xFF19)
            {
                sb.Append((char)('0' + (value - 0xFF10)));
                continue;
            }

            var s = rune.ToString();
            sb.Append(map.TryGetValue(s, out var simplified) ? simplified : s);
        }

        return DropThousandsSeparators(sb);
    }

    private static string DropThousandsSeparators(StringBuilder sb) => s_thousands.Replace(sb.ToString(), string.Empty);

    private static Dictionary<string, string> Load()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        using var stream = typeof(SimplifiedText).Assembly.GetManifestResourceStream(ResourceName);
        if (stream is null)
        {
            return map;
        }

        using var reader = new StreamReader(stream, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab > 0 && tab < line.Length - 1)
            {
                map.TryAdd(line[..tab], line[(tab + 1)..]);
            }
        }

        return map;
    }
}
