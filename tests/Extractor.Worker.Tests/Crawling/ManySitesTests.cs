using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Extractor.Worker.Tests.Mocks;
using Xunit.Abstractions;

namespace Extractor.Worker.Tests.Crawling;

/// <summary>
/// 200 sites (site001.test … site200.test, from a site list) crawled at once against one local server. What must hold
/// whatever the machine's speed is checked exactly: no host sees two requests closer than its delay, no more requests
/// are open at once than the global limit. The pass time is checked against a generous measured bound: far below what
/// fetching the sites one after another must take, so it proves the hosts overlap without racing the clock.
/// </summary>
public sealed class ManySitesTests(ITestOutputHelper output)
{
    private const int Sites = 200;
    private const int MaxConnections = 12;
    private static readonly TimeSpan s_delay = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task RunPassAsync_TwoHundredSites_OverlapHostsButKeepEachHostsDelayAndTheGlobalLimit()
    {
        var hosts = Enumerable.Range(1, Sites).Select(Host).ToHashSet(StringComparer.OrdinalIgnoreCase);
        await using var server = new TestSiteServer(r => Task.FromResult(Answer(r)), maxRequests: 10_000);
        using var pipeline = new TestPipeline("http://unused.test/", c =>
        {
            c.Remove("sources");
            c["siteLists"] = new JsonArray("sites.csv");
            c["politeness"] = new JsonObject { ["perHostDelay"] = "00:00:01" };
            c["concurrency"] = new JsonObject { ["maxHosts"] = Sites, ["maxConnections"] = MaxConnections };
        });
        var csv = new StringBuilder("name,start\n");
        foreach (var host in hosts.Order(StringComparer.Ordinal))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{host.Split('.')[0]},http://{host}/index.html\n");
        }

        csv.Append("gone,http://gone.test/index.html\n"); // a name that does not resolve
        await File.WriteAllTextAsync(Path.Combine(pipeline.Folder, "sites.csv"), csv.ToString());
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var clock = Stopwatch.StartNew();
        var outcome = await pipeline.RunPassAsync(s => HostRouting.RouteTo(s, server.Port, hosts));
        var elapsed = clock.Elapsed;
        var after = GC.GetTotalMemory(forceFullCollection: true);

        // Every site read in full; the unresolvable one is a failure of its own source, and the exit code says so.
        var frontier = pipeline.Frontier();
        Assert.True(outcome.Completed);
        Assert.Equal(Sites * 3 + Reports(1) - 2 + 1, frontier.Count);
        Assert.Equal(Sites * 2 + Reports(1) - 2, frontier.Values.Count(v => v.State == "parsed"));
        var gone = frontier["http://gone.test/index.html"];
        Assert.Equal("failed", gone.State);
        Assert.Contains("robots.txt unreachable", gone.Reason, StringComparison.Ordinal);
        Assert.Equal(1, outcome.ExitCode);

        // Politeness per host, exactly: each host's requests arrive at least the delay apart.
        var byHost = server.Requests.GroupBy(r => r.Host).ToList();
        Assert.Equal(Sites, byHost.Count);
        Assert.All(byHost, g =>
        {
            var times = g.Select(r => r.At).Order().ToList();
            for (var i = 1; i < times.Count; i++)
            {
                var gap = Stopwatch.GetElapsedTime(times[i - 1], times[i]);
                Assert.True(gap >= s_delay, $"{g.Key}: two requests {gap.TotalMilliseconds:0} ms apart");
            }
        });

        // The global limit holds, and the hosts did overlap.
        Assert.InRange(server.MaxConcurrent, 2, MaxConnections);

        // One site after another would take at least 200 × (its requests - 1) × delay ≈ 600 s; the busiest site alone
        // needs 7 × 1 s. A pass under a fifth of the serial time can only come from overlapping hosts, on any machine
        // (measured on a 2-core box at load average 34: 37 s).
        var serial = TimeSpan.FromTicks(s_delay.Ticks * byHost.Sum(g => g.Count() - 1));
        output.WriteLine($"pass {elapsed}, one host at a time ≥ {serial}, busiest site ≥ {s_delay * 7}, most requests open at once {server.MaxConcurrent}, {(after - before) / 1024 / 1024} MiB retained");
        Assert.True(elapsed < serial / 5, $"the pass took {elapsed}; one host at a time would take {serial}");

        // Bounded memory: what the pass leaves behind is small (bodies are not kept; reads wait in a bounded queue).
        Assert.True(after - before < 200L * 1024 * 1024, $"{(after - before) / 1024 / 1024} MiB retained");

        // The run report: one crawl_log row per site, with the failure of the unresolvable one.
        var log = await File.ReadAllLinesAsync(Path.Combine(pipeline.Folder, "out", "crawl_log.csv"));
        Assert.Equal(Sites + 2, log.Length);
        Assert.Contains(log, l => l.Contains(",gone,", StringComparison.Ordinal) && l.Contains("robots.txt unreachable", StringComparison.Ordinal));
    }

    private static string Host(int n) => $"site{n:000}.test";

    // site001 is the busiest: six reports; every other site has two.
    private static int Reports(int site) => site == 1 ? 6 : 2;

    private static TestResponse Answer(TestRequest request)
    {
        var site = int.Parse(request.Host[4..7], CultureInfo.InvariantCulture);
        if (request.Path == "/index.html")
        {
            var links = string.Concat(Enumerable.Range(0, Reports(site)).Select(i => $"<li><a href=\"/r/{2023 - i}.html\">{2023 - i}年政府信息公开工作年度报告</a></li>"));
            return TestResponse.Text(200, $"<html><body><ul>{links}</ul></body></html>");
        }

        if (request.Path.StartsWith("/r/", StringComparison.Ordinal))
        {
            var year = request.Path[3..7];
            return TestResponse.Text(200, $"<html><body><h1>第{site}局{year}年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度依法公开政府信息。</p></body></html>");
        }

        return TestResponse.Text(404, "<html><body>not found</body></html>");
    }
}
