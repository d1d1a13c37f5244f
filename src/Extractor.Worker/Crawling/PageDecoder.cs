using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Worker.Crawling;

/// <summary>Turns page bytes into text for link finding: BOM, then the HTTP charset, then the meta charset, then UTF-8, else GB18030.</summary>
internal static partial class PageDecoder
{
    static PageDecoder()
    {
        // GBK/GB2312/GB18030 pages are common on government sites; .NET needs the code-page provider for them.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
    }

    public static string Decode(ReadOnlySpan<byte> bytes, string? headerCharset)
    {
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        var encoding = Find(headerCharset) ?? Find(MetaCharset(bytes));
        if (encoding is not null)
        {
            return encoding.GetString(bytes);
        }

        try
        {
            return new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return Encoding.GetEncoding("GB18030").GetString(bytes);
        }
    }

    /// <summary>The charset a page declares in its first 2 KiB (<c>&lt;meta charset&gt;</c> or http-equiv), if any.</summary>
    public static string? MetaCharset(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 2048)]);
        var match = CharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    private static Encoding? Find(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        // GB2312 and GBK pages often use GB18030 characters; the superset decodes all of them.
        var normalized = name.Trim().Trim('"', '\'').ToUpperInvariant();
        if (normalized is "GB2312" or "GBK" or "X-GBK" or "GB_2312-80")
        {
            normalized = "GB18030";
        }

        try
        {
            return Encoding.GetEncoding(normalized);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_\-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex CharsetPattern();
}
