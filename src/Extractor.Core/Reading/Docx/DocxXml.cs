using System.Globalization;
using System.Xml;

namespace Extractor.Core.Reading.Docx;

/// <summary>Namespaces, reader settings and attribute helpers shared by the part readers.</summary>
internal static class DocxXml
{
    /// <summary>The deepest element nesting read; Word documents stay far below it even with tables in tables.</summary>
    public const int MaxDepth = 200;

    /// <summary>WordprocessingML as Word writes it (transitional).</summary>
    public const string Word = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>WordprocessingML of ISO 29500 strict documents.</summary>
    public const string WordStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /// <summary>Dublin Core, which holds dc:title in docProps/core.xml.</summary>
    public const string DublinCore = "http://purl.org/dc/elements/1.1/";

    /// <summary>Package relationships (_rels/.rels).</summary>
    public const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";

    /// <summary>
    /// Settings for untrusted parts: no DTDs (entity expansion bombs), no external resolution, comments and processing
    /// instructions dropped.
    /// </summary>
    public static XmlReaderSettings Settings { get; } = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    /// <summary>Opens a part's bytes for reading.</summary>
    public static XmlReader Open(byte[] part) => XmlReader.Create(new MemoryStream(part, writable: false), Settings);

    /// <summary>True when the reader is on a WordprocessingML element named <paramref name="localName"/>.</summary>
    public static bool IsWord(XmlReader reader, string localName) =>
        reader.NodeType == XmlNodeType.Element
        && string.Equals(reader.LocalName, localName, StringComparison.Ordinal)
        && IsWordNamespace(reader.NamespaceURI);

    /// <summary>True for either WordprocessingML namespace.</summary>
    public static bool IsWordNamespace(string namespaceUri) =>
        string.Equals(namespaceUri, Word, StringComparison.Ordinal) || string.Equals(namespaceUri, WordStrict, StringComparison.Ordinal);

    /// <summary>The value of a w: attribute of the current element (w:val by default), or null.</summary>
    public static string? Attribute(XmlReader reader, string localName = "val") =>
        reader.GetAttribute(localName, Word) ?? reader.GetAttribute(localName, WordStrict);

    /// <summary>A w: attribute read as an integer, or null when it is missing or not a number.</summary>
    public static int? IntAttribute(XmlReader reader, string localName = "val") =>
        int.TryParse(Attribute(reader, localName), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : null;

    /// <summary>
    /// A toggle property such as w:vanish or w:b: on when present, unless w:val says false, 0 or off.
    /// </summary>
    public static bool Toggle(XmlReader reader) => Attribute(reader) is not ("false" or "0" or "off");

    /// <summary>
    /// Calls <paramref name="child"/> for each child element of the element the reader is on, then leaves the reader
    /// just past that element's end; a handler must consume its element (or call <see cref="XmlReader.Skip"/>).
    /// </summary>
    /// <exception cref="XmlException">Elements are nested deeper than <see cref="MaxDepth"/> (a crafted file, not a report).</exception>
    public static void ForEachChild(XmlReader reader, Action<XmlReader> child)
    {
        if (reader.Depth > MaxDepth)
        {
            // The readers recurse along the XML; a bound keeps a crafted file from overflowing the stack.
            throw new XmlException($"elements are nested more than {MaxDepth} levels deep");
        }

        if (reader.IsEmptyElement)
        {
            reader.Read();
            return;
        }

        var depth = reader.Depth;
        reader.Read();
        while (!reader.EOF && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element)
            {
                child(reader);
            }
            else
            {
                reader.Read();
            }
        }

        reader.Read();
    }
}
