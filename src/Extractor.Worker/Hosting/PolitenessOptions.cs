namespace Extractor.Worker.Hosting;

/// <summary>How gently each host is treated.</summary>
internal sealed class PolitenessOptions
{
    /// <summary>The least time between two requests to one host; a longer robots.txt Crawl-delay wins. Default 2 s.</summary>
    public TimeSpan PerHostDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Whether robots.txt is fetched and obeyed. Default true; turn off only for your own sites.</summary>
    public bool RespectRobotsTxt { get; set; } = true;

    /// <summary>The longest Crawl-delay honoured; a site asking for more gets this. Default 60 s.</summary>
    public TimeSpan MaxCrawlDelay { get; set; } = TimeSpan.FromSeconds(60);
}
