namespace Extractor.Worker.Hosting;

/// <summary>The whole of pipeline.json: what to crawl, when, where to keep things, and how politely.</summary>
internal sealed class PipelineOptions
{
    /// <summary>The sites to crawl; at least one.</summary>
    public List<SourceOptions> Sources { get; set; } = [];

    /// <summary>When plain <c>run</c> starts a pass.</summary>
    public ScheduleOptions Schedule { get; set; } = new();

    /// <summary>Where the datasets are written, relative to the folder of pipeline.json. Default <c>out</c>.</summary>
    public string OutputFolder { get; set; } = "out";

    /// <summary>Where the SQLite state and the raw archive live, relative to the folder of pipeline.json. Default <c>state</c>.</summary>
    public string StateFolder { get; set; } = "state";

    /// <summary>Sent with every request and matched against robots.txt groups; name a contact so webmasters can reach you.</summary>
    public string UserAgent { get; set; } = "ExtractorBot/1.0 (government information-disclosure annual reports)";

    /// <summary>How gently each host is treated.</summary>
    public PolitenessOptions Politeness { get; set; } = new();

    /// <summary>How many hosts, connections and readers work at once.</summary>
    public ConcurrencyOptions Concurrency { get; set; } = new();

    /// <summary>
    /// Site lists (CSV or JSON files, relative to pipeline.json) whose rows are added to <see cref="Sources"/>, so that a
    /// province of agency sites is one file; see <c>SiteListReader</c> for the columns.
    /// </summary>
    public List<string> SiteLists { get; set; } = [];

    /// <summary>Problems met while reading <see cref="SiteLists"/>, reported by the validator with the rest; not a key.</summary>
    internal List<string> SiteListErrors { get; } = [];

    /// <summary>How the datasets are written (Parquet partitioning, the Excel workbook).</summary>
    public DatasetOptions Datasets { get; set; } = new();

    /// <summary>Where the crawl state lives: SQLite in <see cref="StateFolder"/> (default) or a shared PostgreSQL database.</summary>
    public StateOptions State { get; set; } = new();

    /// <summary>Size, time and count limits.</summary>
    public LimitsOptions Limits { get; set; } = new();
}
