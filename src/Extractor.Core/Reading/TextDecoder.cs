using System.Text;

namespace Extractor.Core.Reading;

/// <summary>Decodes the bytes of a text file: a BOM wins, then the declared charset, then strict UTF-8, then UTF-8 with the damaged bytes replaced when nearly all of it is UTF-8, then GB18030.</summary>
public static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="encodingName"/> receives the encoding used.</summary>
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="declaredCharset">A charset stated by the transport, used after a BOM; gb2312/gbk are read as GB18030, their superset.</param>
    /// <param name="encodingName">The name of the encoding that was used.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, out string encodingName)
    {
        if (bytes.StartsWith(new byte[] { 0xEF, 0xBB, 0xBF }))
        {
            encodingName = "utf-8";
            return Encoding.UTF8.GetString(bytes[3..]);
        }

        if (bytes.StartsWith(new byte[] { 0xFF, 0xFE }))
        {
            encodingName = "utf-16le";
            return Encoding.Unicode.GetString(bytes[2..]);
        }

        if (bytes.StartsWith(new byte[] { 0xFE, 0xFF }))
        {
            encodingName = "utf-16be";
            return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        }

        if (Resolve(declaredCharset) is { } declared)
        {
            encodingName = declared.WebName;
            return declared.GetString(bytes);
        }

        try
        {
            var text = s_strictUtf8.GetString(bytes);
            encodingName = "utf-8";
            return text;
        }
        catch (DecoderFallbackException)
        {
            if (Utf8Leniency.IsMostlyUtf8(bytes, out var invalid))
            {
                encodingName = $"utf-8 (lenient: {invalid} invalid byte sequence(s) became U+FFFD)";
                return Encoding.UTF8.GetString(bytes);
            }

            encodingName = "gb18030";
            return Gb18030.GetString(bytes);
        }
    }

    /// <summary>The encoding for a charset label, with the GB family widened to GB18030; null when unknown or empty.</summary>
    public static Encoding? Resolve(string? charset) => CharsetLabels.Resolve(charset);

    /// <summary>GB18030, the superset that GB2312 and GBK pages are read as.</summary>
    public static Encoding Gb18030 => CharsetLabels.Gb18030;

    private static readonly UTF8Encoding s_strictUtf8 = new(false, true);
}
