namespace Extractor.Core.Records;

/// <summary>Where a report came from.</summary>
/// <param name="Uri">The URL or file path the bytes were read from.</param>
/// <param name="Sha256">Lower-case hex SHA-256 of the bytes.</param>
/// <param name="Format">`html`, `text`, `pdf`, `docx` or `unknown`.</param>
public sealed record ReportSource(string Uri, string Sha256, string Format)
{
    /// <summary>The <see cref="ReadBy"/> of a report read from page images by OCR.</summary>
    public const string ReadByOcr = "ocr";

    /// <summary>`ocr` when the text was read from page images by OCR; null when it came from the document's own text.</summary>
    public string? ReadBy { get; init; }
}
