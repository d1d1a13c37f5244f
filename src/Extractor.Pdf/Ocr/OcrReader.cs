using System.Globalization;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Pages;
using Extractor.Pdf.Text;
using UglyToad.PdfPig;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// Reads the pages the quality gate found empty but drawn with an image (scans) by OCR, in parallel within the core
/// budget, and puts their content in place of the empty pages.
/// </summary>
internal static class OcrReader
{
    /// <summary>The reason a scanned report fails when Tesseract or its Chinese model is absent.</summary>
    public const string MissingTesseractReason = "scanned PDF; install tesseract-ocr-chi-sim";

    /// <summary>
    /// Replaces the scanned pages of <paramref name="pages"/> by what OCR read on them; returns why they could not be
    /// read (OCR not installed, or no page readable), else null.
    /// </summary>
    /// <param name="document">The open PDF.</param>
    /// <param name="source">The document: its bytes, its stop signal and the budget to grow by the pages sent to OCR.</param>
    /// <param name="pages">The pages read from the text layer; scanned ones are replaced.</param>
    /// <param name="options">The tools and thresholds.</param>
    /// <param name="diagnostics">Where each page's outcome is reported.</param>
    public static string? ReadScannedPages(PdfDocument document, SourceDocument source, List<PageContent> pages, OcrOptions options, List<Diagnostic> diagnostics)
    {
        var pdf = source.Content;
        var scanned = pages.Where(static p => p.Quality == TextQuality.Empty && p.HasImages).ToList();
        if (scanned.Count == 0)
        {
            return null;
        }

        if (!options.Enabled || !TesseractEngine.IsAvailable(options))
        {
            foreach (var page in scanned)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.BadTextLayer, $"page {page.Number} is an image without a text layer (scanned) and OCR is not available; its content was not read", At(page.Number), Severity.Error));
            }

            return options.Enabled ? MissingTesseractReason : null;
        }

        // Each OCR page has its own allowance in the document's time budget; a stop kills the running Tesseract.
        source.AllowOcrPages?.Invoke(scanned.Count);
        options = options with { Stop = source.Cancellation };

        // PdfPig is not thread-safe: the images are taken out one page after the other, the OCR runs in parallel.
        var inputs = scanned.Select(p =>
        {
            source.Cancellation.ThrowIfCancellationRequested();
            return Extract(document, p);
        }).ToList();
        var results = new OcrPageResult[inputs.Count];
        try
        {
            Parallel.For(0, inputs.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.MaxParallelism), CancellationToken = source.Cancellation }, i =>
            {
                try
                {
                    results[i] = OcrPageReader.Read(inputs[i], pdf, options);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidOperationException or ArgumentException)
                {
                    results[i] = new OcrPageResult(null, 0, 0, $"{ex.GetType().Name}: {ex.Message}");
                }
            });
        }
        catch (AggregateException ex) when (source.Cancellation.IsCancellationRequested)
        {
            throw new OperationCanceledException("the document was stopped during OCR", ex, source.Cancellation);
        }

        for (var i = 0; i < inputs.Count; i++)
        {
            var number = inputs[i].Number;
            var result = results[i];
            if (result.Content is null)
            {
                diagnostics.Add(new Diagnostic(DiagnosticCodes.BadTextLayer, $"page {number} is a scanned image that OCR could not read: {result.Problem}", At(number), Severity.Error));
                continue;
            }

            pages[pages.FindIndex(p => p.Number == number)] = result.Content;
            diagnostics.Add(new Diagnostic(DiagnosticCodes.LayoutRepaired, string.Create(CultureInfo.InvariantCulture,
                $"page {number} is a scanned image and was read by OCR (Tesseract {options.Language}): {result.Words} words, mean confidence {result.MeanConfidence:0}"), At(number), Severity.Info));
        }

        var unread = results.FirstOrDefault(static r => r.Content is null);
        return results.All(static r => r.Content is null) && unread is not null ? $"scanned PDF; OCR could not read it: {unread.Problem}" : null;
    }

    private static ScannedPage Extract(PdfDocument document, PageContent content)
    {
        var page = document.GetPage(content.Number);
        var width = page.CropBox.Bounds.Width;
        var height = page.CropBox.Bounds.Height;
        byte[]? bytes = null;
        try
        {
            var images = page.GetImages().ToList();

            // One image that covers the page is the scan itself; anything else is rasterised.
            if (images.Count == 1 && images[0].BoundingBox.Width * images[0].BoundingBox.Height >= 0.8 * width * height)
            {
                var image = images[0];
                bytes = image.TryGetPng(out var png) ? png : image.RawBytes.ToArray();
                if (!LooksLikeImageFile(bytes))
                {
                    bytes = null;
                }
            }
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            bytes = null; // pdftoppm will render the page instead.
        }

        return new ScannedPage(content.Number, width, height, bytes);
    }

    /// <summary>PNG, JPEG, JPEG 2000 or TIFF, which ImageMagick decodes; raw samples are not.</summary>
    private static bool LooksLikeImageFile(byte[] b) =>
        b.Length > 8 && ((b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G')
            || (b[0] == 0xFF && b[1] == 0xD8)
            || (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 0x0C)
            || (b[0] == 0xFF && b[1] == 0x4F)
            || (b[0] == 'I' && b[1] == 'I') || (b[0] == 'M' && b[1] == 'M'));

    private static string At(int page) => new SourceLocation(Page: page).ToString();
}
