using Extractor.Worker.Tests.Mocks;

namespace Extractor.Worker.Tests.Cli;

public sealed class RunCommandTests
{
    [Fact]
    public async Task RunAsync_KilledMidCrawlThenRestarted_StoresTheSameResultsAsAnUninterruptedRun()
    {
        // Each answer takes a while, so that the kills land in the middle of the crawl.
        var site = new StaticSite(TestPipeline.DemoSite) { Latency = TimeSpan.FromMilliseconds(150) };
        await using var server = new TestSiteServer(site.HandleAsync);
        using var whole = new TestPipeline(server.BaseUri + "index.html");
        using var broken = new TestPipeline(server.BaseUri + "index.html");

        var (wholeExit, _) = await WorkerProcess.RunAsync("run", "--once", "--config", whole.ConfigPath);
        var expected = whole.Versions();

        // Kill twice, at different points, with kill -9 semantics (the whole process tree, no shutdown).
        foreach (var afterRequests in new[] { 3, 3 })
        {
            var start = server.Requests.Count;
            using var process = WorkerProcess.Start("run", "--once", "--config", broken.ConfigPath);
            _ = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (server.Requests.Count < start + afterRequests && !process.HasExited && DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }

            Assert.False(process.HasExited, "the crawl ended before it could be interrupted");
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        var (resumedExit, errors) = await WorkerProcess.RunAsync("run", "--once", "--config", broken.ConfigPath);

        Assert.Contains("resumed", errors, StringComparison.Ordinal);
        Assert.Equal(wholeExit, resumedExit);
        Assert.Equal(expected, broken.Versions());
        Assert.Empty(broken.Query("SELECT url FROM frontier WHERE state IN ('queued', 'fetching')", r => r.GetString(0)));

        // The datasets (CSV, Parquet, data package) of the resumed run are byte-identical to the uninterrupted run's.
        var wholeFiles = Directory.GetFiles(Path.Combine(whole.Folder, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var brokenFiles = Directory.GetFiles(Path.Combine(broken.Folder, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(wholeFiles, brokenFiles);
        Assert.Contains("cells.parquet", wholeFiles);
        Assert.Contains("datapackage.json", wholeFiles);
        foreach (var name in wholeFiles)
        {
            var wholeBytes = await File.ReadAllBytesAsync(Path.Combine(whole.Folder, "out", name!));
            var brokenBytes = await File.ReadAllBytesAsync(Path.Combine(broken.Folder, "out", name!));
            Assert.True(wholeBytes.SequenceEqual(brokenBytes), $"{name} differs between the uninterrupted and the resumed run");
        }
    }

    [Fact]
    public async Task RunAsync_InvalidConfig_ExitsWithTwoAndNamesTheKeys()
    {
        using var pipeline = new TestPipeline("http://127.0.0.1:9/index.html", c =>
        {
            c["schedule"] = new System.Text.Json.Nodes.JsonObject { ["cron"] = "every night", ["timeZone"] = "Mars/Olympus" };
            c["sources"]![0]!["reportLinkText"] = "年度报告(";
        });

        var (exit, errors) = await WorkerProcess.RunAsync("run", "--once", "--config", pipeline.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("schedule:cron", errors, StringComparison.Ordinal);
        Assert.Contains("schedule:timeZone", errors, StringComparison.Ordinal);
        Assert.Contains("sources:0:reportLinkText", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_MissingConfig_ExitsWithTwo()
    {
        var (exit, errors) = await WorkerProcess.RunAsync("run", "--once", "--config", Path.Combine(Path.GetTempPath(), "no-such-pipeline.json"));

        Assert.Equal(2, exit);
        Assert.Contains("not found", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownArgument_ExitsWithTwo()
    {
        var (exit, _) = await WorkerProcess.RunAsync("run", "--twice");

        Assert.Equal(2, exit);
    }
}
