namespace Extractor.Output.Tables;

/// <summary>`crawl_log`: one row per crawl pass and site, written only by crawls (`run`), beside the datasets.</summary>
internal static class CrawlLogTable
{
    public static DatasetTable<CrawlLogEntry> Table { get; } = new(
        "crawl_log",
        "Crawl log",
        "One row per crawl pass and site: what was fetched, what changed, what failed. A record of the runs, so unlike the other tables it differs between two runs over the same sites.",
        [
            DatasetColumn<CrawlLogEntry>.OfInteger(new("pass_id", ColumnType.Integer, "The pass, numbered from 1.", Required: true), r => checked((int)r.PassId)),
            DatasetColumn<CrawlLogEntry>.OfText(new("source", ColumnType.String, "The site (source name in pipeline.json or its site list).", Required: true), r => r.Source),
            DatasetColumn<CrawlLogEntry>.OfTimestamp(new("first_at", ColumnType.Timestamp, "When the site's first document was done in the pass (UTC, to the second).", Required: true), r => Instant(r.FirstAt)),
            DatasetColumn<CrawlLogEntry>.OfTimestamp(new("last_at", ColumnType.Timestamp, "When its last document was done (UTC, to the second).", Required: true), r => Instant(r.LastAt)),
            DatasetColumn<CrawlLogEntry>.OfInteger(new("documents", ColumnType.Integer, "Documents handled: listings, reports, attachments.", Required: true), r => r.Documents),
            DatasetColumn<CrawlLogEntry>.OfInteger(new("requests", ColumnType.Integer, "HTTP requests sent, retries, redirects and robots.txt included.", Required: true), r => r.Requests),
            DatasetColumn<CrawlLogEntry>.OfDecimal(new("bytes", ColumnType.Decimal, "Bytes of new content received.", Required: true), r => r.Bytes),
            DatasetColumn<CrawlLogEntry>.OfInteger(new("read", ColumnType.Integer, "Documents fetched and read, or listings followed.", Required: true), r => r.Read),
            DatasetColumn<CrawlLogEntry>.OfInteger(new("unchanged", ColumnType.Integer, "Documents found unchanged (304 or the same bytes).", Required: true), r => r.Unchanged),
            DatasetColumn<CrawlLogEntry>.OfInteger(new("failed", ColumnType.Integer, "Documents that could not be fetched (network, HTTP error, robots.txt unreachable).", Required: true), r => r.Failed),
            DatasetColumn<CrawlLogEntry>.OfInteger(new("blocked", ColumnType.Integer, "Anti-bot or captcha answers.", Required: true), r => r.Blocked),
            DatasetColumn<CrawlLogEntry>.OfInteger(new("skipped", ColumnType.Integer, "Documents not fetched on purpose: robots.txt, foreign redirect, limits.", Required: true), r => r.Skipped),
            DatasetColumn<CrawlLogEntry>.OfInteger(new("withdrawn", ColumnType.Integer, "Reports that answered 404 or 410 after an earlier pass had read them.", Required: true), r => r.Withdrawn),
            DatasetColumn<CrawlLogEntry>.OfDecimal(new("seconds", ColumnType.Decimal, "Time spent fetching, summed over the site's documents.", Required: true), r => r.Seconds),
            DatasetColumn<CrawlLogEntry>.OfText(new("first_error", ColumnType.String, "The URL and reason of the site's first failure in the pass; null when none."), r => r.FirstError),
        ],
        ["pass_id", "source"],
        referencesReports: false);

    // The state store keeps instants as round-trip ("O") text; the dataset types them so tools read timestamps, not strings.
    private static DateTimeOffset Instant(string text) =>
        DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.RoundtripKind);
}
