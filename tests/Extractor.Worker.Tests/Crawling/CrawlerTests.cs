using System.Text;
using Extractor.Worker.Tests.Mocks;

namespace Extractor.Worker.Tests.Crawling;

public sealed class CrawlerTests
{
    [Fact]
    public async Task RunPassAsync_DemoSiteOverHttp_FollowsPagingScriptLinksAndAttachments()
    {
        var site = new StaticSite(TestPipeline.DemoSite);
        await using var server = new TestSiteServer(site.HandleAsync);
        using var pipeline = new TestPipeline(server.BaseUri + "index.html");

        var outcome = await pipeline.RunPassAsync();

        var frontier = pipeline.Frontier();
        var b = server.BaseUri.AbsoluteUri;
        Assert.True(outcome.Completed);
        Assert.Equal("fetched", frontier[b + "index.html"].State);
        Assert.Equal("fetched", frontier[b + "list_2.html"].State);
        Assert.Equal("parsed", frontier[b + "reports/t2024_0122.html"].State);
        Assert.Equal("parsed", frontier[b + "reports/t2023_0128.html"].State); // written by document.write in CDATA
        Assert.Equal("parsed", frontier[b + "reports/t2022_0125.html"].State); // only in a JS array, GBK page
        Assert.Equal("parsed", frontier[b + "reports/t2021_0127.html"].State);
        Assert.Equal("parsed", frontier[b + "files/qh-scjg-2020-report.pdf"].State); // attachment of the report page
        Assert.DoesNotContain(b + "notice.html", frontier.Keys); // not a report by its text
        Assert.DoesNotContain(b + "reports/t2021_0301.html", frontier.Keys);
        Assert.Equal(5, pipeline.Versions().Count);
        Assert.Equal(5, outcome.Reports);
        Assert.NotEmpty(Directory.GetFiles(Path.Combine(pipeline.Folder, "out")));
    }

    [Fact]
    public async Task RunPassAsync_UnchangedSite_SecondPassOnlyRevalidates()
    {
        var site = new StaticSite(TestPipeline.DemoSite);
        await using var server = new TestSiteServer(site.HandleAsync);
        using var pipeline = new TestPipeline(server.BaseUri + "index.html");
        await pipeline.RunPassAsync();
        var before = pipeline.Versions();
        var firstPass = server.Requests.Count;

        await pipeline.RunPassAsync();

        var second = server.Requests.Skip(firstPass).Where(r => r.Path != "/robots.txt").ToList();
        Assert.Equal(7, second.Count);
        Assert.All(second, r => Assert.NotNull(r.Header("If-None-Match")));
        Assert.All(pipeline.Frontier().Values, v => Assert.Equal("unchanged", v.State));
        Assert.Equal(before, pipeline.Versions());
    }

    [Fact]
    public async Task RunPassAsync_OnePageChanged_RereadsOnlyThatPageAndKeepsTheOldVersion()
    {
        var site = new StaticSite(TestPipeline.DemoSite);
        await using var server = new TestSiteServer(site.HandleAsync);
        using var pipeline = new TestPipeline(server.BaseUri + "index.html");
        await pipeline.RunPassAsync();
        var changed = server.BaseUri + "reports/t2023_0128.html";
        var original = await File.ReadAllTextAsync(Path.Combine(TestPipeline.DemoSite, "reports", "t2023_0128.html"));
        site.Content["/reports/t2023_0128.html"] = Encoding.UTF8.GetBytes(original.Replace("本年度未收取信息处理费。", "本年度未收取信息处理费。（更正）", StringComparison.Ordinal));

        await pipeline.RunPassAsync();

        var frontier = pipeline.Frontier();
        Assert.Equal("parsed", frontier[changed].State);
        Assert.Equal(4, frontier.Values.Count(v => v.State == "unchanged") - 2); // 2 listings + 4 unchanged reports
        var versions = pipeline.Query("SELECT url, COUNT(*) FROM versions GROUP BY url", r => (r.GetString(0), r.GetInt32(1)));
        Assert.Equal(2, versions.Single(v => v.Item1 == changed).Item2);
        Assert.All(versions.Where(v => v.Item1 != changed), v => Assert.Equal(1, v.Item2));
    }

    [Fact]
    public async Task RunPassAsync_PlainFolderSource_ReadsEveryFileAsAReport()
    {
        using var pipeline = new TestPipeline(Path.Combine(TestPipeline.DemoSite, "reports"));

        var outcome = await pipeline.RunPassAsync();

        Assert.True(outcome.Completed);
        var frontier = pipeline.Frontier();
        Assert.Equal(4, frontier.Count);
        Assert.All(frontier.Values, v => Assert.Equal("parsed", v.State));
    }
}
