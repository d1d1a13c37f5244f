namespace Extractor.Worker.Hosting;

/// <summary>One site (or local folder) to crawl: where to start, which links are reports, how it pages.</summary>
internal sealed class SourceOptions
{
    /// <summary>A short unique name, used in logs and state.</summary>
    public string Name { get; set; } = string.Empty;

    /// <summary>
    /// Listing pages to start from: http(s) URLs, file:// URLs, or paths relative to pipeline.json. A path to a folder
    /// makes every file in it (recursively) a report, with no link following.
    /// </summary>
    public List<string> Start { get; set; } = [];

    /// <summary>Hosts that may be fetched; the start URLs' hosts are always allowed. Redirects elsewhere are refused.</summary>
    public List<string> AllowedHosts { get; set; } = [];

    /// <summary>A regular expression over a link's text that marks a report link. Default matches 年度报告 and 年报.</summary>
    public string ReportLinkText { get; set; } = "年度报告|年报";

    /// <summary>A regular expression over a link's absolute URL that also marks a report link; optional.</summary>
    public string? ReportUrlPattern { get; set; }

    /// <summary>A regular expression over a link's text that marks the next listing page. Default 下一页.</summary>
    public string? NextPageText { get; set; } = "下一页|下页";

    /// <summary>
    /// A listing-page URL template with <c>{n}</c> for the page number (e.g. <c>index_{n}.html</c>, relative to the first
    /// start URL), expanded for n = <see cref="FirstPage"/> … <see cref="MaxPages"/>; optional.
    /// </summary>
    public string? PageUrlTemplate { get; set; }

    /// <summary>The first page number the template is expanded for. Default 1.</summary>
    public int FirstPage { get; set; } = 1;

    /// <summary>The most listing pages followed per start URL, by next-page link or template. Default 20.</summary>
    public int MaxPages { get; set; } = 20;

    /// <summary>File extensions of attachments to follow from report pages (and to treat as reports when linked from a listing).</summary>
    public List<string> AttachmentExtensions { get; set; } = [".pdf", ".doc", ".docx", ".wps"];

    /// <summary>Where the source was written when it came from a site list ("sites.csv:line 12"), for error messages; not a key.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal string? Origin { get; set; }
}
