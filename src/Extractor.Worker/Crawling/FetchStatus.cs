namespace Extractor.Worker.Crawling;

/// <summary>How a fetch ended.</summary>
internal enum FetchStatus
{
    /// <summary>New bytes arrived.</summary>
    Ok,

    /// <summary>304: the copy we have is current.</summary>
    NotModified,

    /// <summary>Network error, HTTP error, timeout or truncated body, after retries.</summary>
    Failed,

    /// <summary>An anti-bot or captcha answer.</summary>
    Blocked,

    /// <summary>Not fetched on purpose: robots.txt, foreign redirect, too large.</summary>
    Skipped,
}
