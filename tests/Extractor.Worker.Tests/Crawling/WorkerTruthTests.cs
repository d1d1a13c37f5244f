using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Extractor.Worker.Tests.Mocks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Extractor.Worker.Tests.Crawling;

/// <summary>A nightly run must tell the truth: a site it could not reach is a failure, a report taken down is marked.</summary>
public sealed class WorkerTruthTests
{
    [Fact]
    public async Task RunPassAsync_HostNotListening_IsAFailureOfTheSourceNotADisallow()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var deadPort = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var pipeline = new TestPipeline($"http://127.0.0.1:{deadPort}/index.html");

        var outcome = await pipeline.RunPassAsync();

        var (state, reason) = Assert.Single(pipeline.Frontier().Values);
        Assert.Equal("failed", state);
        Assert.Contains("robots.txt unreachable", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("disallow", reason, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(1, outcome.ExitCode);
        var log = await File.ReadAllLinesAsync(Path.Combine(pipeline.Folder, "out", "crawl_log.csv"));
        Assert.Equal(2, log.Length);
        Assert.Contains("robots.txt unreachable", log[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunPassAsync_ReportGoneOnRevalidation_IsMarkedWithdrawnAndKept()
    {
        var site = new StaticSite(TestPipeline.DemoSite);
        await using var server = new TestSiteServer(site.HandleAsync);
        using var pipeline = new TestPipeline(server.BaseUri + "index.html", c =>
        {
            // The second pass runs on a fake clock (for the date); nothing in it may wait on that clock.
            c["politeness"] = new JsonObject { ["perHostDelay"] = "00:00:00" };
            c["limits"]!["retryBaseDelay"] = "00:00:00";
        });
        await pipeline.RunPassAsync();
        var gone = server.BaseUri + "reports/t2022_0125.html";
        var readBefore = ReportRows(pipeline);
        site.Overrides["/reports/t2022_0125.html"] = _ => TestResponse.Text(404, "<html><body>页面不存在</body></html>");
        site.Overrides["/reports/t2021_0127.html"] = _ => TestResponse.Text(410, "<html><body>已撤销</body></html>");
        var time = new FakeTimeProvider(new DateTimeOffset(2025, 3, 4, 1, 0, 0, TimeSpan.Zero));

        var outcome = await pipeline.RunPassAsync(s => s.AddSingleton<TimeProvider>(time));

        Assert.Equal("withdrawn", pipeline.Frontier()[gone].State);
        Assert.Equal("withdrawn", pipeline.Frontier()[server.BaseUri + "reports/t2021_0127.html"].State);
        Assert.Equal(0, outcome.ExitCode); // a report taken down is news, not a failure of the run
        var rows = ReportRows(pipeline);
        Assert.Equal(readBefore.Count, rows.Count); // the data are kept
        Assert.Equal(string.Empty, readBefore[gone]);
        Assert.Equal("2025-03-04", rows[gone]);
        Assert.Equal(2, rows.Values.Count(static r => r == "2025-03-04"));
    }

    // reports.csv: `withdrawn` by source URI. Columns are found by the header's names (counted from the end for
    // `withdrawn`, since a title may hold a comma); the URI is the second column.
    private static Dictionary<string, string> ReportRows(TestPipeline pipeline)
    {
        var lines = File.ReadAllLines(Path.Combine(pipeline.Folder, "out", "reports.csv"));
        var header = lines[0].Split(',');
        var fromEnd = header.Length - 1 - Array.IndexOf(header, "withdrawn");
        Assert.InRange(fromEnd, 0, header.Length - 1);
        return lines.Skip(1).Select(static l => l.Split(',')).ToDictionary(p => p[1], p => p[^(fromEnd + 1)]);
    }
}
