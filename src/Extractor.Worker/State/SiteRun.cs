using Extractor.Output;

namespace Extractor.Worker.State;

/// <summary>What one pass did on one source: the row of the run report (<c>crawl_log</c>).</summary>
internal sealed record SiteRun(
    long PassId,
    string Source,
    int Documents,
    int Requests,
    long Bytes,
    int Read,
    int Unchanged,
    int Failed,
    int Blocked,
    int Skipped,
    int Withdrawn,
    TimeSpan Time,
    string FirstAt,
    string LastAt,
    string? FirstError)
{
    /// <summary>The row of <c>crawl_log</c>.</summary>
    public CrawlLogEntry ToEntry() => new(
        PassId, Source, FirstAt, LastAt, Documents, Requests, Bytes, Read, Unchanged, Failed, Blocked, Skipped, Withdrawn,
        decimal.Round((decimal)Time.TotalSeconds, 3), FirstError);
}
