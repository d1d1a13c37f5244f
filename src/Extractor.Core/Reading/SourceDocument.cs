namespace Extractor.Core.Reading;

/// <summary>The raw bytes of one source file with what the transport said about them.</summary>
/// <param name="Uri">The URL or path the bytes came from.</param>
/// <param name="Content">The bytes exactly as received.</param>
/// <param name="Charset">The charset the HTTP Content-Type declared, if any; a BOM still takes precedence.</param>
/// <param name="ContentType">The declared media type, if any; only a hint, since report servers mislabel types.</param>
public sealed record SourceDocument(string Uri, ReadOnlyMemory<byte> Content, string? Charset = null, string? ContentType = null);
