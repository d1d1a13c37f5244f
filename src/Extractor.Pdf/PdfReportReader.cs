using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Limits;
using Extractor.Pdf.Ocr;
using Extractor.Pdf.Pages;
using Extractor.Pdf.Tables;
using Extractor.Pdf.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Extractor.Pdf;

/// <summary>
/// Reads PDF reports with PdfPig: tables from ruling lines (or from word alignment when a table has none), paragraphs
/// joined across lines and pages, page furniture dropped, and pages whose text layer cannot be trusted reported
/// instead of read.
/// </summary>
public sealed class PdfReportReader : IDocumentReader
{
    private readonly OcrOptions _ocr;

    /// <summary>Creates a reader that OCRs scanned pages with Tesseract when it is installed.</summary>
    public PdfReportReader()
        : this(new OcrOptions())
    {
    }

    internal PdfReportReader(OcrOptions ocr) => _ocr = ocr;

    /// <inheritdoc/>
    public DocumentFormat Format => DocumentFormat.Pdf;

    /// <inheritdoc/>
    public ReportDocument Read(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        InputLimits.Check(source, InputLimits.Pdf, "PDF");
        StreamBudget.Check(source.Uri, source.Content.Span, StreamBudget.DefaultMaxStreamBytes);
        var log = new PdfPigLog();
        var diagnostics = new List<Diagnostic>();

        // Every stream PdfPig decodes, whatever its filters, goes through this budget (the scan above only sees Flate).
        var filters = new BudgetedFilterProvider(source.Uri, StreamBudget.DefaultMaxStreamBytes, source.Cancellation);
        PdfDocument document;
        try
        {
            // The source's bytes as they are: a copy would live (and be promoted by the GC) as long as the document.
            document = PdfDocument.Open(source.Content, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, Logger = log, FilterProvider = filters });
        }
        catch (PdfDocumentEncryptedException ex)
        {
            throw new DocumentReadException($"{source.Uri}: the PDF is encrypted and needs a password ({ex.Message})", ex);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException)
        {
            throw new DocumentReadException(filters.Refusal ?? $"{source.Uri}: not a readable PDF, the file is corrupt or truncated ({ex.GetType().Name}: {ex.Message})", ex);
        }

        using (document)
        {
            var pages = ReadPages(document, source.Uri, diagnostics, source.Cancellation);
            ThrowIfRefused(filters);
            var ocrProblem = OcrReader.ReadScannedPages(document, source, pages, _ocr, diagnostics);
            ThrowIfRefused(filters);
            RunningTextRemover.RemoveRepeated(pages);
            var blocks = PagesToBlocks(pages);
            if (log.ErrorCount > 0)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.LayoutRepaired,
                    string.Create(CultureInfo.InvariantCulture, $"PdfPig repaired {log.ErrorCount} problem(s) in the file, first: {log.Errors[0]}"),
                    string.Empty,
                    Severity.Info));
            }

            return new ReportDocument(blocks, diagnostics)
            {
                TitleHint = TitleHint(document),
                UnreadableReason = UnreadableReason(pages) is { } why ? ocrProblem ?? why : null,
                Verifier = pages.Any(static p => p.ReadByOcr) ? new OcrCellVerifier(_ocr, OcrCellVerifier.Readings(pages), OcrGrid.From(pages)) : null,
            };
        }
    }

    /// <summary>A stream refused inside PdfPig fails the document even where PdfPig or a page's containment swallowed it.</summary>
    private static void ThrowIfRefused(BudgetedFilterProvider filters)
    {
        if (filters.Refusal is { } why)
        {
            throw new DocumentReadException(why);
        }
    }

    private static List<PageContent> ReadPages(PdfDocument document, string uri, List<Diagnostic> diagnostics, CancellationToken cancellation)
    {
        int count;
        try
        {
            count = document.NumberOfPages;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            throw new DocumentReadException($"{uri}: the PDF's page tree cannot be read ({ex.Message})", ex);
        }

        var pages = new List<PageContent>(count);
        var failures = 0;
        for (var number = 1; number <= count; number++)
        {
            // The budget is checked per page: a long or pathological PDF stops between pages, not after the last.
            cancellation.ThrowIfCancellationRequested();
            PageContent content;
            try
            {
                content = PageAnalyzer.Analyze(document.GetPage(number), number);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException and not OperationCanceledException and not DocumentReadException)
            {
                // One broken page must not cost the others.
                failures++;
                diagnostics.Add(new Diagnostic(DiagnosticCodes.LayoutRepaired, $"page {number} could not be parsed and was skipped ({ex.GetType().Name}: {ex.Message})", new SourceLocation(Page: number).ToString(), Severity.Error));
                continue;
            }

            pages.Add(content);
            var at = new SourceLocation(Page: number).ToString();
            if (content.Quality == TextQuality.Unmapped)
            {
                diagnostics.Add(new Diagnostic(
                    DiagnosticCodes.BadTextLayer,
                    string.Create(CultureInfo.InvariantCulture, $"page {number}: {content.BadGlyphCount} of {content.GlyphCount} glyphs have no Unicode mapping (U+FFFD, private-use or cid codes); the page's text was not used"),
                    at,
                    Severity.Error));
            }
        }

        if (count > 0 && failures == count)
        {
            throw new DocumentReadException($"{uri}: none of the {count} pages could be parsed; the file is corrupt");
        }

        return pages;
    }

    private static List<Block> PagesToBlocks(List<PageContent> pages)
    {
        var paragraphs = new ParagraphBuilder(pages.SelectMany(static p => p.Lines));
        var items = new List<object>();
        foreach (var page in pages)
        {
            // Tables and lines of one page in top-to-bottom order.
            var lines = page.Lines;
            var tables = page.Tables;
            int l = 0, t = 0;
            while (l < lines.Count || t < tables.Count)
            {
                if (t >= tables.Count || (l < lines.Count && lines[l].Box.Top < tables[t].Bounds.Top))
                {
                    items.Add(lines[l++]);
                }
                else
                {
                    items.Add(tables[t++]);
                }
            }
        }

        var blocks = new List<Block>();
        var run = new List<TextLine>();
        FoundTable? pending = null;
        var tableIndex = 0;

        void FlushTable()
        {
            if (pending is not null)
            {
                blocks.Add(TableBlockBuilder.ToBlock(pending, ++tableIndex));
                pending = null;
            }
        }

        foreach (var item in items)
        {
            if (item is TextLine line)
            {
                FlushTable();
                run.Add(line);
                continue;
            }

            var table = (FoundTable)item;
            if (run.Count > 0)
            {
                blocks.AddRange(paragraphs.LinesToParagraphs(run));
                run.Clear();
            }

            if (pending is not null && TableContinuation.TryMerge(pending, table, out var merged))
            {
                pending = merged;
                continue;
            }

            FlushTable();
            pending = table;
        }

        FlushTable();
        if (run.Count > 0)
        {
            blocks.AddRange(paragraphs.LinesToParagraphs(run));
        }

        return blocks;
    }

    private static string? UnreadableReason(List<PageContent> pages)
    {
        if (pages.Any(static p => p.Quality == TextQuality.Good))
        {
            return null;
        }

        return pages.Any(static p => p.Quality == TextQuality.Unmapped) ? "text layer without Unicode map" : "no text layer";
    }

    private static string? TitleHint(PdfDocument document)
    {
        string? title;
        try
        {
            title = document.Information.Title?.Trim();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return null;
        }

        // A title with glyphs that have no Unicode map says nothing either.
        return title is not null && title.Any(static c => TextQualityGate.IsBad(c.ToString())) ? null : TitleHints.Clean(title);
    }
}
