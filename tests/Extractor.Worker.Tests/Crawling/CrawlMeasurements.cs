using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Extractor.Worker.Tests.Mocks;
using Xunit.Abstractions;

namespace Extractor.Worker.Tests.Crawling;

/// <summary>
/// The figures of issue #17, with the production delay of 2 s: four sites on four loopback addresses against the
/// busiest site alone, and the pass time and peak memory of a crawl of many simulated sites. Run one at a time:
/// <c>EXTRACTOR_MEASURE=1 EXTRACTOR_MEASURE_SITES=1000 dotnet test tests/Extractor.Worker.Tests --filter CrawlMeasurements</c>.
/// </summary>
public sealed class CrawlMeasurements(ITestOutputHelper output)
{
    private const string Listing = "<html><body><ul>{0}</ul></body></html>";

    [MeasurementFact]
    public async Task FourSitesOnFourAddresses_TakeAboutTheBusiestSitesTime()
    {
        var servers = new List<TestSiteServer>();
        try
        {
            for (var i = 2; i <= 5; i++)
            {
                servers.Add(new TestSiteServer(r => Task.FromResult(Answer(r, reports: 5)), IPAddress.Parse($"127.0.0.{i}")));
            }

            // The four first, cold (start-up costs count against them), then the busiest site alone.
            using var four = new TestPipeline(servers[0].BaseUri + "index.html", c =>
            {
                Polite(c);
                c["sources"] = new JsonArray([.. servers.Select((s, i) => (JsonNode)new JsonObject { ["name"] = $"site{i}", ["start"] = new JsonArray(s.BaseUri + "index.html") })]);
            });
            var clock = Stopwatch.StartNew();
            var outcome = await four.RunPassAsync();
            var all = clock.Elapsed;
            var fourRequests = servers.Select(s => s.Requests.Select(r => r.At).Order().ToList()).ToList();
            var requests = fourRequests.Sum(t => t.Count);
            var minGap = fourRequests.SelectMany(t => t.Zip(t.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b))).Min();

            using var alone = new TestPipeline(servers[0].BaseUri + "index.html", c => Polite(c));
            clock.Restart();
            await alone.RunPassAsync();
            var busiest = clock.Elapsed;

            output.WriteLine($"busiest site alone {busiest.TotalSeconds:0.0} s; four sites, {requests} requests: {all.TotalSeconds:0.0} s = {all / busiest:0.00}× the busiest; smallest same-host gap {minGap.TotalSeconds:0.000} s");
            Assert.Equal(0, outcome.ExitCode);
            Assert.True(minGap >= TimeSpan.FromSeconds(2));
            Assert.True(all <= busiest * 1.5, $"{all} > 1.5 × {busiest}");
        }
        finally
        {
            foreach (var server in servers)
            {
                await server.DisposeAsync();
            }
        }
    }

    [MeasurementFact]
    public async Task ManySimulatedSites_PassTimeAndPeakMemory()
    {
        var sites = int.Parse(Environment.GetEnvironmentVariable("EXTRACTOR_MEASURE_SITES") ?? "200", CultureInfo.InvariantCulture);
        var hosts = Enumerable.Range(1, sites).Select(n => $"site{n:0000}.test").ToHashSet(StringComparer.OrdinalIgnoreCase);
        await using var server = new TestSiteServer(r => Task.FromResult(Answer(r, reports: 2)), maxRequests: sites * 10);
        using var pipeline = new TestPipeline("http://unused.test/", c =>
        {
            Polite(c);
            c.Remove("sources");
            c["siteLists"] = new JsonArray("sites.csv");
            c["concurrency"] = new JsonObject { ["maxHosts"] = sites, ["maxConnections"] = 64 };
        });
        var csv = new StringBuilder("name,start\n");
        foreach (var host in hosts.Order(StringComparer.Ordinal))
        {
            csv.Append(CultureInfo.InvariantCulture, $"{host.Split('.')[0]},http://{host}/index.html\n");
        }

        await File.WriteAllTextAsync(Path.Combine(pipeline.Folder, "sites.csv"), csv.ToString());

        var clock = Stopwatch.StartNew();
        var outcome = await pipeline.RunPassAsync(s => HostRouting.RouteTo(s, server.Port, hosts));
        var elapsed = clock.Elapsed;

        var peak = File.ReadLines("/proc/self/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) ?? "VmHWM: ?";
        output.WriteLine($"{sites} sites, {server.Requests.Count} requests, delay 2 s (busiest site alone ≥ 6 s): pass {elapsed.TotalSeconds:0.0} s; peak RSS of the test process (server included) {peak[6..].Trim()}; exit {outcome.ExitCode}");
        Assert.Equal(0, outcome.ExitCode);
    }

    private static void Polite(JsonObject config)
    {
        config["politeness"] = new JsonObject { ["perHostDelay"] = "00:00:02" };
        config["limits"]!["requestTimeout"] = "00:01:00";
        config["limits"]!["documentTimeout"] = "00:05:00";
    }

    private static TestResponse Answer(TestRequest request, int reports)
    {
        if (request.Path == "/index.html")
        {
            var links = string.Concat(Enumerable.Range(0, reports).Select(i => $"<li><a href=\"/r/{2023 - i}.html\">{2023 - i}年政府信息公开工作年度报告</a></li>"));
            return TestResponse.Text(200, string.Format(CultureInfo.InvariantCulture, Listing, links));
        }

        if (request.Path.StartsWith("/r/", StringComparison.Ordinal))
        {
            return TestResponse.Text(200, $"<html><body><h1>{request.Host} {request.Path[3..7]}年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度依法公开政府信息。</p></body></html>");
        }

        return TestResponse.Text(404, "<html><body>not found</body></html>");
    }
}
