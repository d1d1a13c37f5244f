using System.Text;

namespace Extractor.Core.Reading;

/// <summary>Turns charset labels as written in HTTP headers and meta tags into encodings.</summary>
public static class CharsetLabels
{
    /// <summary>
    /// Every label of the GB family reads as GB18030: pages labelled gb2312 are in practice written in GBK or
    /// GB18030 (a rare given-name character is enough), and GB18030 decodes GB2312 and GBK bytes identically.
    /// </summary>
    private static readonly HashSet<string> s_gbFamily = new(StringComparer.Ordinal)
    {
        "gb2312", "gbk", "gb_2312-80", "gb_2312", "x-gbk", "gb18030", "csgb2312", "chinese", "iso-ir-58",
        "csiso58gb231280", "cp936", "ms936", "windows-936", "x-cp20936", "euc-cn", "x-euc-cn",
    };

    private static readonly HashSet<string> s_utf8 = new(StringComparer.Ordinal)
    {
        "utf-8", "utf8", "unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "x-unicode20utf8",
    };

    /// <summary>The GB18030 encoding, replacing undecodable bytes with U+FFFD.</summary>
    public static Encoding Gb18030 { get; } = CreateGb18030();

    /// <summary>UTF-8 without a BOM, replacing invalid bytes with U+FFFD.</summary>
    public static Encoding Utf8 { get; } = new UTF8Encoding(false, false);

    /// <summary>Resolves <paramref name="label"/>, or returns null for a label .NET does not know.</summary>
    public static Encoding? Resolve(string? label)
    {
        var name = Normalise(label);
        if (name.Length == 0)
        {
            return null;
        }

        if (s_gbFamily.Contains(name))
        {
            return Gb18030;
        }

        if (s_utf8.Contains(name))
        {
            return Utf8;
        }

        try
        {
            // U+FFFD rather than the code pages' default "?" so that undecodable bytes can be counted.
            return Encoding.GetEncoding(name, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // Unknown labels, and UTF-7 (utf-7, csunicode11utf7, cp65000), which .NET refuses and WHATWG drops.
            return null;
        }
    }

    /// <summary>True when <paramref name="encoding"/> is a UTF-16 or UTF-32 encoding, which a meta tag cannot declare (the tag itself would not be ASCII).</summary>
    public static bool IsWide(Encoding encoding) => encoding.CodePage is 1200 or 1201 or 12000 or 12001;

    private static Encoding CreateGb18030()
    {
        // GB18030 and Big5 live in the code pages provider, which .NET does not register by default; registering twice is harmless.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ReplacementFallback, new DecoderReplacementFallback("\uFFFD"));
    }

    private static string Normalise(string? label) =>
        (label ?? string.Empty).Trim().Trim('"', '\'', ';', ' ').ToLowerInvariant();
}
