namespace Extractor.Worker.State;

/// <summary>Where a URL stands in the current pass; stored as its lower-case name.</summary>
internal enum FrontierState
{
    /// <summary>Waiting to be fetched in this pass.</summary>
    Queued,

    /// <summary>Being fetched; an item found in this state at start-up was interrupted and goes back to the queue.</summary>
    Fetching,

    /// <summary>A listing page fetched and its links followed.</summary>
    Fetched,

    /// <summary>A report fetched and read; its result is stored as a version.</summary>
    Parsed,

    /// <summary>Fetched again and found unchanged (304, or the same bytes), so not read again.</summary>
    Unchanged,

    /// <summary>The fetch failed after retries (network, HTTP error, timeout, truncated body).</summary>
    Failed,

    /// <summary>The site answered with an anti-bot or captcha page; not the same as "no report".</summary>
    Blocked,

    /// <summary>Not fetched on purpose: robots.txt, a foreign redirect, a size or count limit.</summary>
    Skipped,

    /// <summary>A report read before now answers 404 or 410: kept in the datasets, marked with the date it disappeared.</summary>
    Withdrawn,
}
