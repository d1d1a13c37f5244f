namespace Extractor.Output;

/// <summary>What a crawl adds to the datasets: the withdrawal dates of reports that disappeared, and the run report.</summary>
public sealed record CrawlRecords
{
    /// <summary>Withdrawal date (yyyy-MM-dd) by report source URI: written in `reports.withdrawn`.</summary>
    public IReadOnlyDictionary<string, string> Withdrawn { get; init; } = new Dictionary<string, string>();

    /// <summary>The rows of `crawl_log`, in the order to write them.</summary>
    public IReadOnlyList<CrawlLogEntry> Log { get; init; } = [];
}
