using Extractor.Pdf.Pages;

namespace Extractor.Pdf.Ocr;

/// <summary>What OCR made of one page: its content (null when the page could not be read) and why not.</summary>
/// <param name="Content">Tables and lines built from the OCR words, as for a page with a text layer.</param>
/// <param name="MeanConfidence">Mean word confidence (0–100) over the page.</param>
/// <param name="Words">Words read.</param>
/// <param name="Problem">Why the page was not read, when it was not.</param>
internal sealed record OcrPageResult(PageContent? Content, double MeanConfidence, int Words, string? Problem);
