namespace Extractor.Worker.State;

/// <summary>One URL of the frontier as stored.</summary>
internal sealed record FrontierItem(
    long Id,
    string Url,
    string Source,
    FrontierKind Kind,
    int Page,
    FrontierState State,
    int Attempts,
    string? ETag,
    string? LastModified,
    string? Sha256,
    string? ContentType,
    string? Charset);
