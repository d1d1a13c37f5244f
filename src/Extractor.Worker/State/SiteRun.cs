using System.Data;
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
    /// <summary>
    /// Reads one row of the run-report query, which both state stores write with the same fifteen columns in this order.
    /// </summary>
    public static SiteRun FromRow(IDataRecord r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetInt32(2),
        r.GetInt32(3),
        r.GetInt64(4),
        r.GetInt32(5),
        r.GetInt32(6),
        r.GetInt32(7),
        r.GetInt32(8),
        r.GetInt32(9),
        r.GetInt32(10),
        TimeSpan.FromMilliseconds(r.GetInt64(11)),
        r.GetString(12),
        r.GetString(13),
        r.IsDBNull(14) ? null : r.GetString(14));

    /// <summary>The row of <c>crawl_log</c>.</summary>
    public CrawlLogEntry ToEntry() => new(
        PassId, Source, FirstAt, LastAt, Documents, Requests, Bytes, Read, Unchanged, Failed, Blocked, Skipped, Withdrawn,
        decimal.Round((decimal)Time.TotalSeconds, 3), FirstError);
}
