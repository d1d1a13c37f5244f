using Extractor.Worker.Tests.Mocks;

namespace Extractor.Worker.Tests.Cli;

public sealed class RunCommandTests
{
    [Fact]
    public async Task RunAsync_KilledMidCrawlThenRestarted_StoresTheSameResultsAsAnUninterruptedRun()
    {
        // Each answer takes a while, so that the kills land in the middle of the crawl. Two sites on two loopback
        // addresses (two hosts, so two lanes fetch at once while the readers work).
        var site = new StaticSite(TestPipeline.DemoSite) { Latency = TimeSpan.FromMilliseconds(150) };
        await using var server = new TestSiteServer(site.HandleAsync);
        await using var second = new TestSiteServer(site.HandleAsync, System.Net.IPAddress.Parse("127.0.0.2"));
        void TwoSites(System.Text.Json.Nodes.JsonObject c)
        {
            c["sources"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
            {
                ["name"] = "second",
                ["start"] = new System.Text.Json.Nodes.JsonArray($"http://127.0.0.2:{second.Port}/index.html"),
            });
        }

        using var whole = new TestPipeline(server.BaseUri + "index.html", TwoSites);
        using var broken = new TestPipeline(server.BaseUri + "index.html", TwoSites);

        var (wholeExit, _) = await WorkerProcess.RunAsync("run", "--once", "--config", whole.ConfigPath);
        var expected = whole.Versions();

        // Kill three times, at different points, with kill -9 semantics (the whole process tree, no shutdown), while
        // several hosts' lanes and the readers are busy at once.
        foreach (var afterRequests in new[] { 2, 3, 4 })
        {
            var start = server.Requests.Count + second.Requests.Count;
            using var process = WorkerProcess.Start("run", "--once", "--config", broken.ConfigPath);
            _ = process.StandardError.ReadToEndAsync();
            var deadline = DateTime.UtcNow.AddMinutes(1);
            while (server.Requests.Count + second.Requests.Count < start + afterRequests && !process.HasExited && DateTime.UtcNow < deadline)
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

        // Nothing lost, nothing doubled: the same frontier, item for item, in the same end states.
        Assert.Equal(whole.Frontier().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.State)), broken.Frontier().OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value.State)));

        // The datasets (CSV, Parquet, data package) of the resumed run are byte-identical to the uninterrupted run's;
        // crawl_log is the record of the runs themselves (times, requests), so it differs by nature and is left out.
        var wholeFiles = Directory.GetFiles(Path.Combine(whole.Folder, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var brokenFiles = Directory.GetFiles(Path.Combine(broken.Folder, "out")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(wholeFiles, brokenFiles);
        Assert.Contains("crawl_log.csv", wholeFiles);
        wholeFiles.RemoveAll(f => f!.StartsWith("crawl_log.", StringComparison.Ordinal));
        Assert.Contains("cells.parquet", wholeFiles);
        Assert.Contains("datapackage.json", wholeFiles);
        foreach (var name in wholeFiles)
        {
            var wholeBytes = await File.ReadAllBytesAsync(Path.Combine(whole.Folder, "out", name!));
            var brokenBytes = await File.ReadAllBytesAsync(Path.Combine(broken.Folder, "out", name!));
            if (name == "datapackage.json")
            {
                // It gives each file's size, crawl_log's too: compare it without the crawl_log resources.
                (wholeBytes, brokenBytes) = (WithoutCrawlLog(wholeBytes), WithoutCrawlLog(brokenBytes));
            }

            Assert.True(wholeBytes.SequenceEqual(brokenBytes), $"{name} differs between the uninterrupted and the resumed run");
        }
    }

    private static byte[] WithoutCrawlLog(byte[] package)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(package)!.AsObject();
        var resources = json["resources"]!.AsArray();
        var crawlLog = resources.Where(r => r!["name"]!.GetValue<string>().StartsWith("crawl_log", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(crawlLog);
        foreach (var resource in crawlLog)
        {
            resources.Remove(resource);
        }

        return System.Text.Encoding.UTF8.GetBytes(json.ToJsonString());
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
    public async Task RunAsync_MisspelledKeys_ExitsWithTwoAndNamesThem()
    {
        using var pipeline = new TestPipeline("http://127.0.0.1:9/index.html", c =>
        {
            c["politness"] = new System.Text.Json.Nodes.JsonObject { ["perHostDelay"] = "00:00:02" };
            c["sources"]![0]!["reportLinkTxt"] = "年报";
        });

        var (exit, errors) = await WorkerProcess.RunAsync("run", "--once", "--config", pipeline.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("politness: unknown key; did you mean \"politeness\"?", errors, StringComparison.Ordinal);
        Assert.Contains("sources:0:reportLinkTxt: unknown key; did you mean \"reportLinkText\"?", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_BrokenJson_ExitsWithTwoAndGivesLineAndColumn()
    {
        using var pipeline = new TestPipeline("http://127.0.0.1:9/index.html");
        await File.WriteAllTextAsync(pipeline.ConfigPath, "{\n  \"sources\": [\n    { \"name\": \"a\",, }\n  ]\n}\n");

        var (exit, errors) = await WorkerProcess.RunAsync("run", "--once", "--config", pipeline.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("line 3, column", errors, StringComparison.Ordinal);
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
