namespace Extractor.Core.Reading;

/// <summary>The raw bytes of one source file with what the transport said about them, and what the one sniff found.</summary>
/// <param name="Uri">The URL or path the bytes came from.</param>
/// <param name="Content">The bytes exactly as received.</param>
/// <param name="Charset">The charset the HTTP Content-Type declared, if any; a BOM still takes precedence.</param>
/// <param name="ContentType">The declared media type, if any; only a hint, since report servers mislabel types.</param>
public sealed record SourceDocument(string Uri, ReadOnlyMemory<byte> Content, string? Charset = null, string? ContentType = null)
{
    /// <summary>The format sniffed from the bytes by <c>ExtractionPipeline.Sniff</c>; null until sniffed.</summary>
    public DocumentFormat? Format { get; init; }

    /// <summary>
    /// For HTML and text, the bytes decoded once by the sniff, with the encoding and where it came from (BOM, HTTP,
    /// meta, valid UTF-8, fallback); null for binary formats or before the sniff.
    /// </summary>
    public DecodedText? Decoded { get; init; }

    /// <summary>Signalled when the document's time or memory budget is spent or the run is stopping; readers check it in their loops.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>
    /// Called by a reader before it sends pages to OCR, with how many: the pipeline grows the document's time budget
    /// by <c>ExtractionOptions.OcrPageAllowance</c> for each. Null when no budget runs (a plain <c>Parse</c>).
    /// </summary>
    public Action<int>? AllowOcrPages { get; init; }

    /// <summary>The decoded text when the sniff decoded it for <paramref name="format"/>, else null.</summary>
    internal DecodedText? DecodedAs(DocumentFormat format) => Format == format ? Decoded : null;
}
