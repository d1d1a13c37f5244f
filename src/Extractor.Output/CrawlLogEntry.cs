namespace Extractor.Output;

/// <summary>What one crawl pass did on one site: a row of `crawl_log`, the run report monitors read.</summary>
/// <param name="PassId">The pass, numbered from 1 in the state file.</param>
/// <param name="Source">The source (site) name from pipeline.json or its site list.</param>
/// <param name="FirstAt">When the first document of the site was done in this pass (ISO 8601, UTC).</param>
/// <param name="LastAt">When the last one was done.</param>
/// <param name="Documents">Documents handled (listings, reports, attachments).</param>
/// <param name="Requests">HTTP requests sent, retries, redirects and robots.txt included.</param>
/// <param name="Bytes">Bytes received for new content.</param>
/// <param name="Read">Documents fetched and read (or listings followed).</param>
/// <param name="Unchanged">Documents found unchanged (304 or same bytes).</param>
/// <param name="Failed">Documents that could not be fetched (network, HTTP error, robots.txt unreachable).</param>
/// <param name="Blocked">Anti-bot or captcha answers.</param>
/// <param name="Skipped">Documents not fetched on purpose (robots.txt, foreign redirect, limits).</param>
/// <param name="Withdrawn">Reports that disappeared (404/410) since an earlier pass.</param>
/// <param name="Seconds">Time spent fetching, summed over the site's documents.</param>
/// <param name="FirstError">The URL and reason of the first failure; null when none.</param>
public sealed record CrawlLogEntry(
    long PassId,
    string Source,
    string FirstAt,
    string LastAt,
    int Documents,
    int Requests,
    long Bytes,
    int Read,
    int Unchanged,
    int Failed,
    int Blocked,
    int Skipped,
    int Withdrawn,
    decimal Seconds,
    string? FirstError);
