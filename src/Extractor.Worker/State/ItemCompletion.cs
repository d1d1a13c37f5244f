namespace Extractor.Worker.State;

/// <summary>Everything a finished fetch changes, written in one transaction.</summary>
internal sealed record ItemCompletion
{
    public required FrontierItem Item { get; init; }

    public required FrontierState State { get; init; }

    /// <summary>Why it ended this way (HTTP status, error), for the log and the outcomes table.</summary>
    public string? Reason { get; init; }

    public int? HttpStatus { get; init; }

    public long Bytes { get; init; }

    /// <summary>HTTP requests made for this item, retries, redirects and robots.txt included.</summary>
    public int Requests { get; init; }

    /// <summary>Time spent fetching it.</summary>
    public TimeSpan Elapsed { get; init; }

    public string? ETag { get; init; }

    public string? LastModified { get; init; }

    public string? Sha256 { get; init; }

    public string? ContentType { get; init; }

    public string? Charset { get; init; }

    /// <summary>A new version of a report: its status and its result as a JSON line.</summary>
    public (string Status, string Json)? Version { get; init; }

    public IReadOnlyList<DiscoveredLink> Links { get; init; } = [];
}
