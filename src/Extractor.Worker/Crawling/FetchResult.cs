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

    /// <summary>The body ended before its Content-Length: retried like a 5xx.</summary>
    public bool Truncated { get; init; }

    /// <summary>HTTP requests made, retries, redirects and robots.txt included.</summary>
    public int Requests { get; init; }

    /// <summary>Time the fetch took.</summary>
    public TimeSpan Elapsed { get; init; }
}
