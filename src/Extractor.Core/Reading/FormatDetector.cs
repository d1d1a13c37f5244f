using System.Text;

namespace Extractor.Core.Reading;

/// <summary>Tells a file's format from its first bytes; file names and declared types are only a fallback, since report servers mislabel them.</summary>
public static class FormatDetector
{
    /// <summary>Sniffs the format of <paramref name="content"/>.</summary>
    /// <param name="content">The file's bytes.</param>
    /// <param name="nameHint">A file name or URL, used only when the bytes say nothing.</param>
    public static DocumentFormat Detect(ReadOnlySpan<byte> content, string? nameHint = null)
    {
        var head = content[..Math.Min(content.Length, 1024)];
        if (IndexOf(head, "%PDF-"u8) >= 0)
        {
            return DocumentFormat.Pdf;
        }

        if (head.StartsWith("PK\u0003\u0004"u8))
        {
            return DocumentFormat.Docx;
        }

        if (IsCompoundFile(head))
        {
            // An encrypted .docx is an OLE2 container too; the DOCX reader refuses it with the right reason.
            return IsEncryptedOfficePackage(content) ? DocumentFormat.Docx : DocumentFormat.LegacyOffice;
        }

        if (LooksLikeHtml(content[..Math.Min(content.Length, 4096)]) || HasMarkup(content[..Math.Min(content.Length, MarkupScanLimit)], nameHint))
        {
            return DocumentFormat.Html;
        }

        if (content.Length > 0 && LooksLikeText(head))
        {
            return DocumentFormat.Text;
        }

        var extension = Path.GetExtension(nameHint ?? string.Empty).ToUpperInvariant();
        return extension switch
        {
            ".PDF" => DocumentFormat.Pdf,
            ".HTML" or ".HTM" or ".SHTML" => DocumentFormat.Html,
            ".DOCX" => DocumentFormat.Docx,
            ".DOC" or ".WPS" => DocumentFormat.LegacyOffice,
            ".TXT" or ".MD" => DocumentFormat.Text,
            _ => DocumentFormat.Unknown,
        };
    }

    private static bool LooksLikeHtml(ReadOnlySpan<byte> head)
    {
        // ASCII case folding is enough: the markers are ASCII and any encoding we meet keeps ASCII bytes as is.
        Span<byte> lower = stackalloc byte[head.Length];
        for (var i = 0; i < head.Length; i++)
        {
            var b = head[i];
            lower[i] = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
        }

        return IndexOf(lower, "<!doctype html"u8) >= 0
            || IndexOf(lower, "<html"u8) >= 0
            || IndexOf(lower, "<body"u8) >= 0
            || (IndexOf(lower, "<table"u8) >= 0 && IndexOf(lower, "</t"u8) >= 0)
            || (IndexOf(lower, "<meta"u8) >= 0 && IndexOf(lower, "<div"u8) >= 0);
    }

    /// <summary>How far into a file markup is looked for: article bodies carry KBs of narrative before their first table.</summary>
    private const int MarkupScanLimit = 4 * 1024 * 1024;

    private static readonly string[] s_markupTags = ["p", "div", "span", "table", "tr", "td", "font", "strong", "li", "h1", "h2", "h3"];

    /// <summary>
    /// Markup recognised by its tags anywhere in the file, for article bodies that CMS APIs and crawlers store without
    /// &lt;html&gt;, &lt;head&gt; or &lt;body&gt;: a closed &lt;table&gt;, or three closing tags of body elements; a file named
    /// .html/.htm/.shtml needs only one tag. Pipe tables and plain text carry none of these.
    /// </summary>
    private static bool HasMarkup(ReadOnlySpan<byte> content, string? nameHint)
    {
        var htmlName = Path.GetExtension(nameHint ?? string.Empty).ToUpperInvariant() is ".HTML" or ".HTM" or ".SHTML";
        int opened = 0, closed = 0;
        var table = false;
        for (var i = content.IndexOf((byte)'<'); i >= 0 && i < content.Length - 2; i = NextTag(content, i + 1))
        {
            var closing = content[i + 1] == (byte)'/';
            var name = TagName(content[(i + (closing ? 2 : 1))..]);
            if (name is null)
            {
                continue;
            }

            if (closing)
            {
                closed++;
                table |= name == "table";
            }
            else
            {
                opened++;
            }

            if ((table && opened > 0) || closed >= 3 || (htmlName && opened + closed > 0))
            {
                return true;
            }
        }

        return false;

        static int NextTag(ReadOnlySpan<byte> content, int from)
        {
            var next = content[from..].IndexOf((byte)'<');
            return next < 0 ? -1 : from + next;
        }
    }

    /// <summary>The known body tag at the start of <paramref name="rest"/> (ASCII, any case), followed by '>', '/' or whitespace; else null.</summary>
    private static string? TagName(ReadOnlySpan<byte> rest)
    {
        foreach (var tag in s_markupTags)
        {
            if (rest.Length <= tag.Length)
            {
                continue;
            }

            var match = true;
            for (var k = 0; k < tag.Length && match; k++)
            {
                match = (rest[k] | 0x20) == tag[k];
            }

            if (match && rest[tag.Length] is (byte)'>' or (byte)'/' or (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
            {
                return tag;
            }
        }

        return null;
    }

    private static bool LooksLikeText(ReadOnlySpan<byte> head)
    {
        var controls = 0;
        foreach (var b in head)
        {
            if (b == 0)
            {
                // UTF-16 text has NULs; everything we read is UTF-8 or GB18030, so treat it as binary.
                return false;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20))
            {
                controls++;
            }
        }

        return controls * 50 < head.Length + 1;
    }

    private static int IndexOf(ReadOnlySpan<byte> haystack, ReadOnlySpan<byte> needle) => haystack.IndexOf(needle);

    /// <summary>The lower-case name of a format as used in `source.format`.</summary>
    public static string Name(DocumentFormat format) => format switch
    {
        DocumentFormat.Html => "html",
        DocumentFormat.Pdf => "pdf",
        DocumentFormat.Docx => "docx",
        DocumentFormat.Text => "text",
        DocumentFormat.LegacyOffice => "doc",
        _ => "unknown",
    };

    /// <summary>Why a legacy binary Word/WPS file is not read, as reported for it.</summary>
    internal const string LegacyOfficeReason = "legacy Word/WPS binary format (.doc/.wps) is not supported; the agency's PDF or DOCX, if published, can be read";

    /// <summary>True when the bytes start with the OLE2 compound file signature (.doc, .wps, .xls, encrypted Office files).</summary>
    internal static bool IsCompoundFile(ReadOnlySpan<byte> content) => content.StartsWith(CompoundFileMagic);

    /// <summary>
    /// True for an OLE2 file holding an "EncryptedPackage" stream: a password-protected .docx/.xlsx (MS-OFFCRYPTO).
    /// The stream name is looked for anywhere in the file, in UTF-16LE as directory entries store it, which is cheap
    /// and good enough: no legacy document carries that name in its text.
    /// </summary>
    internal static bool IsEncryptedOfficePackage(ReadOnlySpan<byte> content) =>
        IsCompoundFile(content) && content.IndexOf("E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0"u8) >= 0;

    private static ReadOnlySpan<byte> CompoundFileMagic => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

    internal static Encoding Utf8Strict { get; } = new UTF8Encoding(false, true);
}
