using System.IO.Compression;
using System.Text;

namespace Extractor.Core.Tests.Reading.Docx;

/// <summary>Writes small .docx packages in memory from WordprocessingML snippets, for tests of one feature at a time.</summary>
internal static class DocxBuilder
{
    public const string WordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>A package whose word/document.xml has <paramref name="body"/> inside w:body (prefix w bound).</summary>
    public static byte[] Build(string body, string? styles = null, string? numbering = null, string? core = null, string wordNamespace = WordNamespace)
    {
        var parts = new Dictionary<string, string>
        {
            ["[Content_Types].xml"] = """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>""",
            ["word/document.xml"] = Document(body, wordNamespace),
        };
        if (styles is not null)
        {
            parts["word/styles.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="{wordNamespace}">{styles}</w:styles>""";
        }

        if (numbering is not null)
        {
            parts["word/numbering.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><w:numbering xmlns:w="{wordNamespace}">{numbering}</w:numbering>""";
        }

        if (core is not null)
        {
            parts["docProps/core.xml"] = $"""<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/">{core}</cp:coreProperties>""";
        }

        return Zip(parts);
    }

    /// <summary>A document part with <paramref name="body"/> inside w:body.</summary>
    public static string Document(string body, string wordNamespace = WordNamespace) =>
        $"""<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="{wordNamespace}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>{body}</w:body></w:document>""";

    /// <summary>A zip of the given parts (path → text).</summary>
    public static byte[] Zip(IReadOnlyDictionary<string, string> parts)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, text) in parts)
            {
                using var stream = zip.CreateEntry(path, CompressionLevel.Fastest).Open();
                stream.Write(Encoding.UTF8.GetBytes(text));
            }
        }

        return output.ToArray();
    }

    /// <summary>A paragraph of one run.</summary>
    public static string P(string text, string? style = null) =>
        style is null ? $"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>" : $"""<w:p><w:pPr><w:pStyle w:val="{style}"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>""";

    /// <summary>A cell holding <paramref name="text"/>, with optional cell properties (w:gridSpan, w:vMerge…).</summary>
    public static string Tc(string text, string properties = "") => $"<w:tc><w:tcPr>{properties}</w:tcPr>{P(text)}</w:tc>";

    /// <summary>A table of the given rows (each the XML of its cells).</summary>
    public static string Tbl(params string[] rows) => "<w:tbl>" + string.Concat(rows.Select(static r => $"<w:tr>{r}</w:tr>")) + "</w:tbl>";
}
