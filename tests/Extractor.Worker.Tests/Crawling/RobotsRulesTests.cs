using Extractor.Worker.Crawling;

namespace Extractor.Worker.Tests.Crawling;

public sealed class RobotsRulesTests
{
    private const string Robots = """
        User-agent: *
        Disallow: /
        Crawl-delay: 10

        User-agent: ExtractorBot
        Disallow: /admin/
        Allow: /admin/public/
        Disallow: /*.php$
        Crawl-delay: 3
        """;

    [Theory]
    [InlineData("/xxgk/ndbg/index.html", true)]
    [InlineData("/admin/x.html", false)]
    [InlineData("/admin/public/x.html", true)]
    [InlineData("/search.php", false)]
    [InlineData("/search.php?q=1", true)]
    public void IsAllowed_OwnGroup_LongestMatchWins(string path, bool allowed)
    {
        var rules = RobotsRules.Parse(Robots, "ExtractorBot/1.0 (+contact)");

        Assert.Equal(allowed, rules.IsAllowed(new Uri("http://example.gov.cn" + path)));
    }

    [Fact]
    public void Parse_OtherAgent_FallsBackToStarGroup()
    {
        var rules = RobotsRules.Parse(Robots, "SomeoneElse/2.0");

        Assert.False(rules.IsAllowed(new Uri("http://example.gov.cn/xxgk/index.html")));
        Assert.Equal(TimeSpan.FromSeconds(10), rules.CrawlDelay);
    }

    [Fact]
    public void Parse_OwnGroup_ReadsItsCrawlDelay()
        => Assert.Equal(TimeSpan.FromSeconds(3), RobotsRules.Parse(Robots, "ExtractorBot/1.0").CrawlDelay);
}
