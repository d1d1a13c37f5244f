using System.Globalization;
using System.Xml;
using Extractor.Core.Documents;
using Extractor.Core.Records;

namespace Extractor.Core.Reading.Docx;

/// <summary>
/// Reads Word reports (.docx, Office Open XML) with the BCL only: paragraphs and tables of word/document.xml in body
/// order, headings from paragraph styles, merged cells on a true grid, the title from docProps/core.xml.
/// </summary>
public sealed class DocxReportReader : IDocumentReader
{
    /// <summary>The most bytes the parts read may expand to together: 50 MB, far above any report's XML.</summary>
    internal const long DefaultMaxExpandedBytes = 50L * 1024 * 1024;

    private readonly long _maxExpandedBytes;

    /// <summary>Creates a reader that refuses a package once the parts it reads expand past 50 MB.</summary>
    public DocxReportReader()
        : this(DefaultMaxExpandedBytes)
    {
    }

    internal DocxReportReader(long maxExpandedBytes) => _maxExpandedBytes = maxExpandedBytes;

    /// <inheritdoc />
    public DocumentFormat Format => DocumentFormat.Docx;

    /// <inheritdoc />
    public ReportDocument Read(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        InputLimits.Check(source, InputLimits.Docx, "DOCX");
        var bytes = source.Content.Span;
        if (FormatDetector.IsCompoundFile(bytes))
        {
            throw new DocumentReadException(FormatDetector.IsEncryptedOfficePackage(bytes)
                ? $"{source.Uri}: the Word document is encrypted (password-protected) and cannot be read without the password"
                : $"{source.Uri}: {FormatDetector.LegacyOfficeReason}");
        }

        using var package = DocxPackage.Open(source.Uri, source.Content, _maxExpandedBytes);
        var main = package.MainPart();
        var folder = main.Contains('/', StringComparison.Ordinal) ? main[..(main.LastIndexOf('/') + 1)] : string.Empty;
        var document = package.Read(main) ?? throw new DocumentReadException($"{source.Uri}: not a Word document: {main} is missing");

        // Styles and list numbers only refine the text (headings, 一、 before a heading): a broken part costs those, not the report.
        var diagnostics = new List<Diagnostic>();
        var styles = Optional(package, folder + "styles.xml", DocxStyles.Parse, DocxStyles.Empty, "headings are read without paragraph styles", diagnostics);
        var numbering = Optional(package, folder + "numbering.xml", DocxNumbering.Parse, DocxNumbering.Parse(null), "list numbers are left out", diagnostics);
        IReadOnlyList<DocxNode> body;
        try
        {
            body = DocxBodyReader.Read(document, styles, numbering, source.Cancellation)
                ?? throw new DocumentReadException($"{source.Uri}: not a Word document: {main} has no w:document/w:body");
        }
        catch (XmlException ex)
        {
            throw new DocumentReadException(
                string.Create(CultureInfo.InvariantCulture, $"{source.Uri}: the DOCX file is corrupt: {main} is not well-formed XML ({ex.Message})"),
                ex);
        }

        var blocks = DocxBlockBuilder.NodesToBlocks(body, diagnostics, source.Cancellation);
        var title = Optional(package, "docProps/core.xml", TitleHint, null, "the document title is not used", diagnostics);
        return new ReportDocument(blocks, diagnostics) { TitleHint = title };
    }

    private static T Optional<T>(DocxPackage package, string path, Func<byte[]?, T> parse, T fallback, string consequence, List<Diagnostic> diagnostics)
    {
        try
        {
            return parse(package.Read(path));
        }
        catch (XmlException ex)
        {
            diagnostics.Add(new Diagnostic(
                DiagnosticCodes.LayoutRepaired,
                string.Create(CultureInfo.InvariantCulture, $"{path} is not well-formed XML ({ex.Message}); {consequence}"),
                string.Empty,
                Severity.Warning));
            return fallback;
        }
    }

    // Word fills the title with the file name or a template's placeholder; those say nothing about the report.
    private static string? TitleHint(byte[]? core)
    {
        if (core is null)
        {
            return null;
        }

        string? title = null;
        using (var reader = DocxXml.Open(core))
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "title" && reader.NamespaceURI == DocxXml.DublinCore)
                {
                    title = reader.ReadElementContentAsString().Trim();
                    break;
                }
            }
        }

        return TitleHints.Clean(title);
    }
}
