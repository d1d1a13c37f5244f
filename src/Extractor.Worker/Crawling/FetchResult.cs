namespace Extractor.Worker.Crawling;

/// <summary>What one fetch brought back.</summary>
internal sealed record FetchResult(FetchStatus Status, string? Reason = null)
{
    public byte[]? Content { get; init; }

    public int? HttpStatus { get; init; }

    /// <summary>Where the bytes finally came from, after redirects.</summary>
    public Uri? FinalUri { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? ContentType { get; init; }

    public string? Charset { get; init; }
}
