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

    [LoggerMessage(6, LogLevel.Warning, "robots.txt at {Uri} is unreachable ({Reason}); the host is treated as disallowed for this pass")]
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
}
