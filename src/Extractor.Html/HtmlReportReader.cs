using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Html.Blocks;
using Extractor.Html.Layout;
using Extractor.Html.Limits;
using Extractor.Html.Metadata;

namespace Extractor.Html;

/// <summary>
/// Reads HTML report pages with AngleSharp: decodes the bytes (BOM, HTTP charset, meta, UTF-8, else GB18030), keeps
/// the report container of the CMS (or the body without chrome), and emits its lines, headings and tables with
/// rowspan and colspan expanded onto a grid.
/// </summary>
public sealed class HtmlReportReader : IDocumentReader
{
    /// <summary>
    /// One parser per thread and setting: a parser's browsing context is built with it (~1 % of a batch's CPU), holds
    /// no state of a parse, and is not safe to share between threads.
    /// </summary>
    [ThreadStatic]
    private static HtmlParser? s_parser;

    [ThreadStatic]
    private static HtmlParser? s_parserKeepingLines;

    private readonly HtmlParserOptions _parserOptions;
    private readonly HtmlReaderOptions _options;

    /// <summary>Creates a reader with the default options.</summary>
    public HtmlReportReader()
        : this(new HtmlReaderOptions())
    {
    }

    /// <summary>Creates a reader with <paramref name="options"/>.</summary>
    public HtmlReportReader(HtmlReaderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        // Work the reader never uses is switched off: comments (no reader looks at them; the text around them joins as
        // before) and, unless source lines are wanted, the tokenizer's position tracking.
        _parserOptions = new HtmlParserOptions
        {
            IsKeepingSourceReferences = options.KeepSourceLines,
            DisableElementPositionTracking = !options.KeepSourceLines,
            SkipComments = true,
        };
    }

    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Html;

    private HtmlParser Parser() => _options.KeepSourceLines
        ? s_parserKeepingLines ??= new HtmlParser(_parserOptions)
        : s_parser ??= new HtmlParser(_parserOptions);

    /// <inheritdoc/>
    public ReportDocument Read(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        InputLimits.Check(source, _options.MaxInputBytes, "HTML");
        var decoded = source.DecodedAs(DocumentFormat.Html) ?? TextDecoder.DecodeHtml(source.Content.Span, source.Charset);
        var cancellation = source.Cancellation;
        HtmlLimits.Check(source.Uri, decoded.Text, _options, cancellation);
        var diagnostics = new List<Diagnostic>(decoded.Diagnostics);

        IDocument document;
        try
        {
            document = Parser().ParseDocument(decoded.Text);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            // AngleSharp repairs any markup; reaching here means something other than bad HTML went wrong.
            throw new DocumentReadException($"{source.Uri}: the page could not be parsed as HTML ({ex.Message})", ex);
        }

        // AngleSharp's parse cannot be interrupted; the limits above keep it short, and the walk checks the token.
        cancellation.ThrowIfCancellationRequested();
        var page = PageIndex.Of(document);
        var metadata = PageMetadataReader.Read(document, page);
        var body = document.Body ?? document.DocumentElement;
        var container = ContentLocator.Find(page);
        var blocks = container is null ? [] : BlockWalker.Walk(container, diagnostics, cancellation);
        if (blocks.Count == 0 && body is not null)
        {
            // No container, or one the CMS left empty (content loaded by script): read the whole body minus chrome.
            blocks = BlockWalker.Walk(body, diagnostics, cancellation);
        }

        string? unreadable = null;
        if (blocks.Count == 0)
        {
            unreadable = "the HTML page has no text in its body";
            diagnostics.Add(new Diagnostic(DiagnosticCodes.BadTextLayer, $"{unreadable} ({decoded.EncodingName}, {decoded.Origin})", string.Empty, Severity.Error));
        }

        return new ReportDocument(blocks, diagnostics)
        {
            TitleHint = metadata.Title,
            PublishedAtHint = metadata.PublishedAt,
            AgencyHint = metadata.Agency,
            UnreadableReason = unreadable,
        };
    }
}
