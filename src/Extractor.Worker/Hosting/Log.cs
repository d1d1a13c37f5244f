using Microsoft.Extensions.Logging;

namespace Extractor.Worker.Hosting;

/// <summary>The worker's log events, generated at compile time.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "Pass {PassId} {How}: {Seeds} start URLs over {Sources} sources")]
    public static partial void PassStarted(ILogger logger, long passId, string how, int seeds, int sources);

    [LoggerMessage(2, LogLevel.Debug, "Fetching {Url} ({Kind})")]
    public static partial void Fetching(ILogger logger, string url, string kind);

    [LoggerMessage(3, LogLevel.Information, "{State,-9} {Url} {Reason}")]
    public static partial void Done(ILogger logger, string url, string state, string reason);

    [LoggerMessage(4, LogLevel.Information, "Read {Url}: {Status}, template {Template}, year {Year}")]
    public static partial void Parsed(ILogger logger, string url, string status, string template, int? year);

    [LoggerMessage(5, LogLevel.Error, "The reader failed on {Url}: {Reason}; recorded as a failed report")]
    public static partial void ReaderCrashed(ILogger logger, string url, string reason);

    [LoggerMessage(6, LogLevel.Warning, "robots.txt at {Uri} is unreachable ({Reason}); nothing is fetched from the host in this pass and its URLs count as failed")]
    public static partial void RobotsUnreachable(ILogger logger, Uri uri, string reason);

    [LoggerMessage(7, LogLevel.Warning, "Pass {PassId} interrupted after {Documents} documents; state saved, the next start resumes it")]
    public static partial void PassInterrupted(ILogger logger, long passId, int documents);

    [LoggerMessage(8, LogLevel.Information, "Pass {PassId} finished in {Elapsed}: {Documents} documents; {Parsed} read, {Unchanged} unchanged, {Failed} failed, {Blocked} blocked, {Skipped} skipped")]
    public static partial void PassFinished(ILogger logger, long passId, TimeSpan elapsed, int documents, int parsed, int unchanged, int failed, int blocked, int skipped);

    [LoggerMessage(9, LogLevel.Warning, "Not read: {Url}: {State}: {Reason}")]
    public static partial void Problem(ILogger logger, string url, string state, string reason);

    [LoggerMessage(10, LogLevel.Information, "Wrote the datasets of {Reports} reports ({Failed} failed) to {Directory}")]
    public static partial void DatasetsWritten(ILogger logger, int reports, int failed, string directory);

    [LoggerMessage(11, LogLevel.Information, "Next pass at {When} ({TimeZone})")]
    public static partial void NextRun(ILogger logger, DateTimeOffset when, string timeZone);

    [LoggerMessage(12, LogLevel.Error, "The pass failed; the schedule goes on")]
    public static partial void PassCrashed(ILogger logger, Exception exception);

    [LoggerMessage(13, LogLevel.Warning, "Pass {PassId} reached limits:maxDocumentsPerPass ({Limit}); {Remaining} queued URLs skipped until the next pass")]
    public static partial void PassLimit(ILogger logger, long passId, int limit, int remaining);

    [LoggerMessage(14, LogLevel.Warning, "Retry {Attempt} of {Url} in {Delay}: {Reason}")]
    public static partial void Retrying(ILogger logger, int attempt, string url, TimeSpan delay, string reason);

    [LoggerMessage(15, LogLevel.Debug, "Retry {Attempt} of {Url}: the exception behind it")]
    public static partial void RetryException(ILogger logger, int attempt, string url, Exception exception);

    [LoggerMessage(16, LogLevel.Warning, "Circuit opened for {Host} after repeated failures; its requests fail fast for {Duration}")]
    public static partial void CircuitOpened(ILogger logger, string host, TimeSpan duration);

    [LoggerMessage(17, LogLevel.Information, "Site {Source}: {Documents} documents, {Requests} requests, {Bytes} bytes; {Read} read, {Unchanged} unchanged, {Failed} failed, {Blocked} blocked, {Withdrawn} withdrawn, in {Time}{FirstError}")]
    public static partial void SiteSummary(ILogger logger, string source, int documents, int requests, long bytes, int read, int unchanged, int failed, int blocked, int withdrawn, TimeSpan time, string firstError);

    [LoggerMessage(18, LogLevel.Warning, "{Failed} of {Sites} sites had failures: {Names}")]
    public static partial void SitesFailed(ILogger logger, int failed, int sites, string names);

    [LoggerMessage(40, LogLevel.Information, "State in PostgreSQL {Connection}, schema version {Version}; this worker is {Worker}")]
    public static partial void PostgresState(ILogger logger, string connection, int version, string worker);

    [LoggerMessage(41, LogLevel.Warning, "Lease on {What} lost (it expired and another worker took it); this worker's result is dropped")]
    public static partial void LeaseLost(ILogger logger, string what);

    [LoggerMessage(42, LogLevel.Warning, "Could not renew or release leases in PostgreSQL: {Reason}")]
    public static partial void LeaseRenewalFailed(ILogger logger, string reason);

    [LoggerMessage(43, LogLevel.Information, "Another worker is publishing the datasets now; this one leaves it to them")]
    public static partial void PublishedElsewhere(ILogger logger);

    [LoggerMessage(44, LogLevel.Information, "Waiting for {Items} items other workers hold before the pass ends")]
    public static partial void WaitingForOthers(ILogger logger, int items);

    [LoggerMessage(45, LogLevel.Information, "Re-read {Documents} archived documents in {Elapsed} ({Missing} missing from the archive, {Lost} lost to another worker); run {Run}; state database {DatabaseMillis:F2} ms per document")]
    public static partial void Reparsed(ILogger logger, int documents, TimeSpan elapsed, int missing, int lost, long run, double databaseMillis);

    [LoggerMessage(46, LogLevel.Warning, "{Url}: archived bytes {Sha256} are missing; its stored result is kept")]
    public static partial void ArchiveMissing(ILogger logger, string url, string sha256);

    [LoggerMessage(47, LogLevel.Information, "Shared state: {Millis:F1} ms in the database per document ({Documents} documents; claims, leases, host turns, completions)")]
    public static partial void SharedStateCost(ILogger logger, double millis, int documents);
}
