namespace Extractor.Worker.State;

/// <summary>A stored report version to read again from the archive, with the HTTP charset and type its bytes came with.</summary>
internal sealed record ReparseItem(long VersionId, string Url, string Sha256, string? ContentType, string? Charset);
