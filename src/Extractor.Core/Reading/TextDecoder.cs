using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Extractor.Core.Records;

namespace Extractor.Core.Reading;

/// <summary>
/// The one decoder of page and text bytes: a byte order mark first, then the transport's charset, then (HTML only)
/// the page's own meta declaration, else UTF-8 when the bytes are valid UTF-8 (or all but a few damaged bytes), else GB18030 (the encoding of nearly
/// every non-UTF-8 Chinese page). A declared UTF-8 that the bytes contradict is ignored with a warning.
/// </summary>
public static partial class TextDecoder
{
    /// <summary>Decodes an HTML page, looking for a meta charset when the transport declared none.</summary>
    /// <param name="bytes">The page exactly as received.</param>
    /// <param name="httpCharset">The charset of the HTTP Content-Type, when the transport stated one.</param>
    public static DecodedText DecodeHtml(ReadOnlySpan<byte> bytes, string? httpCharset) => Decode(bytes, httpCharset, lookForMeta: true);

    /// <summary>Decodes a plain text file (no markup to declare a charset).</summary>
    /// <param name="bytes">The file exactly as received.</param>
    /// <param name="declaredCharset">A charset stated by the transport; gb2312/gbk are read as GB18030, their superset.</param>
    public static DecodedText DecodeText(ReadOnlySpan<byte> bytes, string? declaredCharset) => Decode(bytes, declaredCharset, lookForMeta: false);

    /// <summary>Decodes a plain text file; <paramref name="encodingName"/> receives the encoding used.</summary>
    /// <param name="bytes">The raw bytes.</param>
    /// <param name="declaredCharset">A charset stated by the transport, used after a BOM.</param>
    /// <param name="encodingName">The name of the encoding that was used.</param>
    public static string Decode(ReadOnlySpan<byte> bytes, string? declaredCharset, out string encodingName)
    {
        var decoded = DecodeText(bytes, declaredCharset);
        encodingName = decoded.EncodingName;
        return decoded.Text;
    }

    /// <summary>The encoding for a charset label, with the GB family widened to GB18030; null when unknown or empty.</summary>
    public static Encoding? Resolve(string? charset) => CharsetLabels.Resolve(charset);

    /// <summary>GB18030, the superset that GB2312 and GBK pages are read as.</summary>
    public static Encoding Gb18030 => CharsetLabels.Gb18030;

    /// <summary>How far to look for a meta declaration; CMS pages put long comments and scripts before it, so more than the 1024 bytes of the WHATWG prescan.</summary>
    private const int PrescanBytes = 16 * 1024;

    private static DecodedText Decode(ReadOnlySpan<byte> bytes, string? httpCharset, bool lookForMeta)
    {
        var diagnostics = new List<Diagnostic>();
        if (bytes.StartsWith("\uFEFF"u8))
        {
            return Finish(bytes[3..], CharsetLabels.Utf8, "bom", validated: true, diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Finish(bytes[2..], Encoding.Unicode, "bom", validated: true, diagnostics);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Finish(bytes[2..], Encoding.BigEndianUnicode, "bom", validated: true, diagnostics);
        }

        // One pass validates and decodes; the reading serves whenever UTF-8 is chosen (nearly every page), where
        // validating, then counting and transcoding again, took three passes over the bytes.
        var utf8 = StrictUtf8(bytes);
        var isUtf8 = utf8 is not null;

        // A few damaged bytes in UTF-8 text: replace them rather than garble every character as GB18030.
        var mostlyUtf8 = !isUtf8 && Utf8Leniency.IsMostlyUtf8(bytes, out _);
        if (!string.IsNullOrWhiteSpace(httpCharset))
        {
            var declared = CharsetLabels.Resolve(httpCharset);
            if (Accept(declared, httpCharset, "the HTTP charset", isUtf8 || mostlyUtf8, diagnostics) is Encoding encoding)
            {
                return Finish(bytes, encoding, "http", validated: isUtf8, diagnostics, utf8);
            }
        }

        if (lookForMeta && FindMetaCharset(bytes) is string metaLabel)
        {
            var declared = CharsetLabels.Resolve(metaLabel);
            if (declared is not null && CharsetLabels.IsWide(declared))
            {
                // A meta tag readable as ASCII cannot be in UTF-16; browsers read such pages as UTF-8.
                declared = CharsetLabels.Utf8;
            }

            if (Accept(declared, metaLabel, "the meta charset", isUtf8 || mostlyUtf8, diagnostics) is Encoding encoding)
            {
                return Finish(bytes, encoding, "meta", validated: isUtf8, diagnostics, utf8);
            }
        }

        if (isUtf8)
        {
            return Finish(bytes, CharsetLabels.Utf8, "utf8-valid", validated: true, diagnostics, utf8);
        }

        if (mostlyUtf8)
        {
            return Finish(bytes, CharsetLabels.Utf8, "utf8-lenient", validated: false, diagnostics);
        }

        diagnostics.Add(new Diagnostic(
            DiagnosticCodes.Encoding,
            "no usable charset is declared and the bytes are not valid UTF-8; read as GB18030",
            string.Empty,
            Severity.Info));
        return Finish(bytes, CharsetLabels.Gb18030, "fallback", validated: false, diagnostics);
    }

    /// <summary>The charset label of the first meta tag that declares one, or null.</summary>
    internal static string? FindMetaCharset(ReadOnlySpan<byte> bytes)
    {
        // Latin-1 maps each byte to one char, so ASCII markup survives whatever the real encoding is.
        // Into a pooled buffer, not a string: every page is looked at, and the tags found are short.
        var length = Math.Min(bytes.Length, PrescanBytes);
        var buffer = ArrayPool<char>.Shared.Rent(length);
        try
        {
            var head = buffer.AsSpan(0, Encoding.Latin1.GetChars(bytes[..length], buffer));
            foreach (var meta in MetaTag().EnumerateMatches(head))
            {
                var charset = CharsetAttribute().Match(head.Slice(meta.Index, meta.Length).ToString());
                if (charset.Success)
                {
                    return charset.Groups[1].Value;
                }
            }

            return null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static Encoding? Accept(Encoding? declared, string label, string where, bool isUtf8, List<Diagnostic> diagnostics)
    {
        if (declared is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.Encoding, $"{where} \"{label}\" is not a known encoding; ignored", string.Empty, Severity.Info));
            return null;
        }

        if (declared.CodePage == Encoding.UTF8.CodePage && !isUtf8)
        {
            // Servers and templates often claim UTF-8 for GBK pages; decoding them as UTF-8 would lose every character.
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.Encoding,
                $"{where} says \"{label}\" but the bytes are not valid UTF-8; ignored",
                string.Empty,
                Severity.Warning));
            return null;
        }

        return declared;
    }

    /// <summary>The bytes decoded as UTF-8, or null when they are not valid UTF-8.</summary>
    private static string? StrictUtf8(ReadOnlySpan<byte> bytes)
    {
        var buffer = ArrayPool<char>.Shared.Rent(bytes.Length);
        try
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes, buffer, out _, out var written, replaceInvalidSequences: false);
            return status == OperationStatus.Done ? new string(buffer, 0, written) : null;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    private static DecodedText Finish(ReadOnlySpan<byte> bytes, Encoding encoding, string origin, bool validated, List<Diagnostic> diagnostics, string? utf8 = null)
    {
        // Valid UTF-8 decodes to the same text whichever UTF-8 decoder reads it.
        var text = utf8 is not null && encoding.CodePage == Encoding.UTF8.CodePage ? utf8 : encoding.GetString(bytes);
        if (!validated || encoding.CodePage != Encoding.UTF8.CodePage)
        {
            var lost = text.AsSpan().Count('\uFFFD');
            if (lost > 0)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.Encoding,
                    string.Create(CultureInfo.InvariantCulture, $"{lost} byte sequence(s) could not be decoded as {encoding.WebName} ({origin}) and became U+FFFD"),
                    string.Empty,
                    Severity.Warning));
            }
        }

        return new DecodedText(text, encoding.WebName, origin, diagnostics);
    }

    [GeneratedRegex(@"<meta\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaTag();

    [GeneratedRegex(@"charset\s*=\s*[""']?\s*([A-Za-z0-9_.:\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CharsetAttribute();
}
