using System.Globalization;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Xml;

namespace Extractor.Core.Reading.Docx;

/// <summary>
/// The zip container of a .docx, read with a budget: every part is expanded through a counter, so a zip bomb (a tiny
/// file that inflates to gigabytes) is refused once the expanded bytes pass the limit, whatever its headers claim.
/// </summary>
internal sealed class DocxPackage : IDisposable
{
    private const string OfficeDocumentRelationship = "/officeDocument";

    /// <summary>Word writes a few dozen parts; tens of thousands of entries only cost time in the directory scans.</summary>
    private const int MaxEntries = 10_000;

    private readonly ZipArchive _zip;
    private readonly string _uri;
    private readonly long _limit;
    private long _expanded;

    private DocxPackage(ZipArchive zip, string uri, long limit)
    {
        _zip = zip;
        _uri = uri;
        _limit = limit;
    }

    /// <summary>Opens the zip; a truncated or corrupt central directory becomes a <see cref="DocumentReadException"/>.</summary>
    /// <param name="uri">The file's name, for messages.</param>
    /// <param name="content">The zip bytes.</param>
    /// <param name="limit">The most bytes all parts read may expand to together.</param>
    public static DocxPackage Open(string uri, ReadOnlyMemory<byte> content, long limit)
    {
        var stream = MemoryMarshal.TryGetArray(content, out var segment) && segment.Array is not null
            ? new MemoryStream(segment.Array, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false);
        try
        {
            var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: false);
            try
            {
                // The central directory is read lazily, on the first GetEntry; read it here, where its errors are
                // caught (an end record whose entry count is off by one throws InvalidDataException).
                if (zip.Entries.Count > MaxEntries)
                {
                    throw new DocumentReadException(string.Create(CultureInfo.InvariantCulture, $"{uri}: refused: the DOCX zip holds {zip.Entries.Count} entries, more than the {MaxEntries} a Word document needs"));
                }
            }
            catch
            {
                zip.Dispose();
                throw;
            }

            return new DocxPackage(zip, uri, limit);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            stream.Dispose();
            throw new DocumentReadException($"{uri}: the DOCX file is truncated or corrupt: its zip directory cannot be read ({ex.Message})", ex);
        }
    }

    /// <summary>
    /// The path of the main document part: the officeDocument relationship of _rels/.rels, else word/document.xml.
    /// </summary>
    /// <exception cref="DocumentReadException">The zip holds no Word document (a spreadsheet, a presentation, any other zip).</exception>
    public string MainPart()
    {
        var target = OfficeDocumentTarget();
        if (target is not null && Find(target) is not null && target.EndsWith(".xml", StringComparison.OrdinalIgnoreCase)
            && !target.StartsWith("xl/", StringComparison.OrdinalIgnoreCase) && !target.StartsWith("ppt/", StringComparison.OrdinalIgnoreCase))
        {
            return target;
        }

        if (Find("word/document.xml") is not null)
        {
            return "word/document.xml";
        }

        var what = Find("xl/workbook.xml") is not null ? "an Excel workbook"
            : Find("ppt/presentation.xml") is not null ? "a PowerPoint presentation"
            : Find("content.xml") is not null ? "an OpenDocument file"
            : "a zip archive";
        var names = string.Join(", ", _zip.Entries.Take(5).Select(static e => e.FullName));
        throw new DocumentReadException($"{_uri}: not a Word document: the file is {what} without word/document.xml (it holds {(names.Length == 0 ? "nothing" : names)})");
    }

    /// <summary>The bytes of a part, or null when the package has no such part.</summary>
    /// <exception cref="DocumentReadException">The part is corrupt or would take the expanded size past the limit.</exception>
    public byte[]? Read(string path)
    {
        var entry = Find(path);
        if (entry is null)
        {
            return null;
        }

        // The declared size can lie, so it only refuses early; the copy below counts what really comes out.
        if (entry.Length > _limit - _expanded)
        {
            throw TooLarge(path);
        }

        try
        {
            using var input = entry.Open();
            using var output = new MemoryStream((int)Math.Min(entry.Length, 1 << 20));
            var buffer = new byte[81920];
            int read;
            while ((read = input.Read(buffer, 0, buffer.Length)) > 0)
            {
                _expanded += read;
                if (_expanded > _limit)
                {
                    throw TooLarge(path);
                }

                output.Write(buffer, 0, read);
            }

            return output.ToArray();
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException)
        {
            throw new DocumentReadException($"{_uri}: the DOCX file is corrupt: part {path} cannot be decompressed ({ex.Message})", ex);
        }
        catch (NotSupportedException ex)
        {
            throw new DocumentReadException($"{_uri}: the DOCX file cannot be read: part {path} uses an unsupported zip feature ({ex.Message})", ex);
        }
    }

    public void Dispose() => _zip.Dispose();

    private DocumentReadException TooLarge(string path) => new(string.Create(
        CultureInfo.InvariantCulture,
        $"{_uri}: refused: the DOCX parts expand past the {_limit / (1024 * 1024)} MB limit while reading {path} (a zip bomb or an oversized document)"));

    private string? OfficeDocumentTarget()
    {
        var rels = Read("_rels/.rels");
        if (rels is null)
        {
            return null;
        }

        try
        {
            using var reader = DocxXml.Open(rels);
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                    && reader.GetAttribute("Type")?.EndsWith(OfficeDocumentRelationship, StringComparison.Ordinal) == true
                    && reader.GetAttribute("Target") is { Length: > 0 } target)
                {
                    return target.TrimStart('/');
                }
            }
        }
        catch (XmlException)
        {
            // A broken relationships part is no reason to give up: Word's fixed path is tried next.
        }

        return null;
    }

    private ZipArchiveEntry? Find(string path) =>
        _zip.GetEntry(path) ?? _zip.Entries.FirstOrDefault(e => string.Equals(e.FullName, path, StringComparison.OrdinalIgnoreCase));
}
