using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Extractor.Worker.Tests.Mocks;
using Npgsql;
using Xunit.Abstractions;

namespace Extractor.Worker.Tests.Crawling;

/// <summary>
/// Several worker processes on one crawl in a real PostgreSQL, against the demo site on two loopback hosts. Nothing here
/// depends on speed: the server holds every request until all workers have joined the pass, a killed worker's lease is
/// expired through the database clock, and the politeness check is a lower bound on the server's own timestamps.
/// </summary>
public sealed class SharedCrawlTests(ITestOutputHelper output)
{
    private static readonly TimeSpan s_delay = TimeSpan.FromMilliseconds(150);
    private static readonly TimeSpan s_deadline = TimeSpan.FromMinutes(4);

    [PostgresTheory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task Workers_CrawlTogether_DatasetsAsOneSqliteWorkersAndNoHostFasterThanTheDelay(int workers)
    {
        await using var sites = await DemoSites.StartAsync();
        using var db = new TestDatabase();
        using var shared = sites.Pipeline(postgres: true);
        var first = sites.RequestCount;

        var procs = Enumerable.Range(0, workers).Select(_ => new SharedWorker(WorkerEnvironment(db), "run", "--once", "--config", shared.ConfigPath)).ToList();
        try
        {
            await Task.WhenAll(procs.Select(p => p.Joined)).WaitAsync(s_deadline);
            sites.Gate.Open();
            var exits = await Task.WhenAll(procs.Select(p => p.ExitAsync(s_deadline)));

            Assert.All(exits, e => Assert.Equal(sites.SqliteExit, e));
            await DatasetFiles.AssertSameAsync(Path.Combine(sites.Sqlite.Folder, "out"), Path.Combine(shared.Folder, "out"));
            AssertSameFrontier(sites, db);
            AssertPolite(sites, first);
            Assert.All(procs, p => Assert.DoesNotContain(Password(db), p.Errors, StringComparison.Ordinal));
            Assert.Contains(procs, p => p.Errors.Contains("Password=***", StringComparison.Ordinal));
            foreach (var line in procs.SelectMany(p => p.Errors.Split('\n')).Where(l => l.Contains("Shared state:", StringComparison.Ordinal)))
            {
                output.WriteLine(line.Trim());
            }
        }
        finally
        {
            procs.ForEach(p => p.Dispose());
        }
    }

    [PostgresFact]
    public async Task WorkerKilledWhileHoldingAnItem_TheOthersFinishItAfterItsLeaseExpires_NothingLostNothingDoubled()
    {
        await using var sites = await DemoSites.StartAsync();
        using var db = new TestDatabase();
        using var shared = sites.Pipeline(postgres: true);
        const string StalledPath = "/reports/t2022_0125.html";
        var stalled = sites.Gate.Stall(sites.One.BaseUri.Host, StalledPath);
        var stalledUrl = sites.One.BaseUri + StalledPath.TrimStart('/');

        var procs = Enumerable.Range(0, 3).Select(_ => new SharedWorker(WorkerEnvironment(db), "run", "--once", "--config", shared.ConfigPath)).ToList();
        try
        {
            await Task.WhenAll(procs.Select(p => p.Joined)).WaitAsync(s_deadline);
            sites.Gate.Open();
            await stalled.WaitAsync(s_deadline);

            // The worker whose request is held has the item leased (and the host): kill -9 it.
            var owner = db.Query($"SELECT lease_owner FROM frontier WHERE url = '{stalledUrl}' AND state = 'fetching'", r => r.GetString(0)).Single();
            var victim = procs.Single(p => owner.Split(':')[1] == p.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            victim.Kill();

            // Its leases run out (explicitly, on the database clock, instead of waiting for the expiry); then the item may go.
            db.Execute("UPDATE frontier SET lease_until = clock_timestamp() WHERE lease_owner = @o", ("o", owner));
            db.Execute("UPDATE hosts SET held_until = clock_timestamp() WHERE holder = @o", ("o", owner));
            sites.Gate.Release(sites.One.BaseUri.Host, StalledPath);

            var survivors = procs.Where(p => p != victim).ToList();
            var exits = await Task.WhenAll(survivors.Select(p => p.ExitAsync(s_deadline)));

            Assert.All(exits, e => Assert.Equal(sites.SqliteExit, e));
            await DatasetFiles.AssertSameAsync(Path.Combine(sites.Sqlite.Folder, "out"), Path.Combine(shared.Folder, "out"));
            AssertSameFrontier(sites, db);

            // The stalled item: fetched twice (the dead worker's request, then a survivor's), recorded once, by a survivor.
            Assert.True(sites.One.Count(StalledPath) >= 2);
            var recorded = db.Query($"SELECT worker FROM outcomes WHERE url = '{stalledUrl}'", r => r.GetString(0));
            Assert.NotEqual(owner, Assert.Single(recorded));
            Assert.Equal(2, db.Query($"SELECT attempts FROM frontier WHERE url = '{stalledUrl}'", r => r.GetInt32(0)).Single());
        }
        finally
        {
            procs.ForEach(p => p.Dispose());
        }
    }

    [PostgresFact]
    public async Task Reparse_TwoWorkers_ReadEveryArchivedReportOnceAndRepublishTheSameDatasets()
    {
        await using var sites = await DemoSites.StartAsync();
        sites.Gate.Open();
        using var db = new TestDatabase();
        using var shared = sites.Pipeline(postgres: true);
        using (var crawl = new SharedWorker(WorkerEnvironment(db), "run", "--once", "--config", shared.ConfigPath))
        {
            Assert.Equal(sites.SqliteExit, await crawl.ExitAsync(s_deadline));
        }

        // A stale result, as an older reader would have left it: another report's JSON under this URL.
        var current = db.Query("SELECT v.id, v.result_json FROM versions v JOIN frontier f ON f.url = v.url AND f.sha256 = v.sha256 ORDER BY v.id", r => (r.GetInt64(0), r.GetString(1)));
        Assert.True(current.Count >= 4);
        db.Execute("UPDATE versions SET result_json = @json WHERE id = @id", ("json", current[1].Item2), ("id", current[0].Item1));
        var requests = sites.RequestCount;

        var procs = Enumerable.Range(0, 2).Select(_ => new SharedWorker(WorkerEnvironment(db), "run", "--reparse", "--config", shared.ConfigPath)).ToList();
        try
        {
            var exits = await Task.WhenAll(procs.Select(p => p.ExitAsync(s_deadline)));

            Assert.All(exits, e => Assert.Equal(sites.SqliteExit, e));
            Assert.Equal(requests, sites.RequestCount); // from the archive alone
            Assert.Equal(current, db.Query("SELECT v.id, v.result_json FROM versions v JOIN frontier f ON f.url = v.url AND f.sha256 = v.sha256 ORDER BY v.id", r => (r.GetInt64(0), r.GetString(1))));
            Assert.Equal([(1L, current.Count)], db.Query("SELECT reparsed_run, COUNT(*)::int FROM versions WHERE reparsed_run IS NOT NULL GROUP BY 1", r => (r.GetInt64(0), r.GetInt32(1))));
            Assert.Equal(1, db.Query("SELECT COUNT(*)::int FROM reparse_runs WHERE finished_at IS NOT NULL", r => r.GetInt32(0)).Single());
            await DatasetFiles.AssertSameAsync(Path.Combine(sites.Sqlite.Folder, "out"), Path.Combine(shared.Folder, "out"));
        }
        finally
        {
            procs.ForEach(p => p.Dispose());
        }
    }

    [PostgresFact]
    public async Task Run_WrongPassword_StopsWithOneLineAndThePasswordMasked()
    {
        using var db = new TestDatabase();
        using var pipeline = new TestPipeline("http://127.0.0.1:9/index.html", c => c["state"] = new JsonObject { ["provider"] = "postgres" });
        var wrong = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Password = "Wrong-Secret-77" }.ConnectionString;

        using var worker = new SharedWorker(new Dictionary<string, string> { ["EXTRACTOR_state__connectionString"] = wrong }, "run", "--once", "--config", pipeline.ConfigPath);
        var exit = await worker.ExitAsync(s_deadline);

        Assert.Equal(1, exit);
        Assert.Contains("cannot open the crawl state (PostgreSQL at ", worker.Errors, StringComparison.Ordinal);
        Assert.Contains("Password=***", worker.Errors, StringComparison.Ordinal);
        Assert.DoesNotContain("Wrong-Secret-77", worker.Errors, StringComparison.Ordinal);
    }

    private static Dictionary<string, string> WorkerEnvironment(TestDatabase db) => new()
    {
        // From the environment, as an operator would keep the password out of pipeline.json.
        ["EXTRACTOR_state__connectionString"] = db.ConnectionString,
    };

    private static string Password(TestDatabase db) => new NpgsqlConnectionStringBuilder(db.ConnectionString).Password!;

    // Item for item, the same URLs in the same end states as the one SQLite worker's crawl; none queued or held.
    private static void AssertSameFrontier(DemoSites sites, TestDatabase db)
    {
        var expected = sites.Sqlite.Frontier().Select(p => (p.Key, p.Value.State)).Order().ToList();
        var actual = db.Query("SELECT url, state FROM frontier", r => (r.GetString(0), r.GetString(1))).Order().ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
        Assert.Empty(db.Query("SELECT pass_id, url FROM outcomes GROUP BY pass_id, url HAVING COUNT(*) > 1", r => r.GetString(1)));
        Assert.Equal(expected.Count, db.Query("SELECT COUNT(*)::int FROM outcomes", r => r.GetInt32(0)).Single());
    }

    // Across all workers, per host, the server saw no two requests closer than the configured delay.
    private static void AssertPolite(DemoSites sites, int first)
    {
        foreach (var server in new[] { sites.One, sites.Two })
        {
            var times = server.Requests.ToArray().Skip(first == 0 ? 0 : sites.CountBefore(server)).Select(r => r.At).Order().ToList();
            Assert.True(times.Count >= 5, $"only {times.Count} requests to {server.BaseUri}");
            var gaps = times.Zip(times.Skip(1), (a, b) => Stopwatch.GetElapsedTime(a, b)).ToList();
            Assert.All(gaps, g => Assert.True(g >= s_delay, $"two requests to {server.BaseUri} {g.TotalMilliseconds:F1} ms apart (delay {s_delay.TotalMilliseconds} ms)"));
        }
    }

    /// <summary>The demo site on 127.0.0.1 and 127.0.0.2 behind one gate, and the one-SQLite-worker crawl of it to compare with.</summary>
    private sealed class DemoSites : IAsyncDisposable
    {
        private readonly Dictionary<TestSiteServer, int> _before = [];

        private DemoSites(RequestGate gate, TestSiteServer one, TestSiteServer two)
        {
            Gate = gate;
            One = one;
            Two = two;
        }

        public RequestGate Gate { get; }

        public TestSiteServer One { get; }

        public TestSiteServer Two { get; }

        public TestPipeline Sqlite { get; private set; } = null!;

        public int SqliteExit { get; private set; }

        public int RequestCount => One.Requests.Count + Two.Requests.Count;

        public int CountBefore(TestSiteServer server) => _before[server];

        public static async Task<DemoSites> StartAsync()
        {
            var site = new StaticSite(TestPipeline.DemoSite);
            var sqliteGate = new RequestGate(site.HandleAsync);
            sqliteGate.Open();
            RequestGate? gate = null;
            var one = new TestSiteServer(r => gate is null ? sqliteGate.HandleAsync(r) : gate.HandleAsync(r));
            var two = new TestSiteServer(r => gate is null ? sqliteGate.HandleAsync(r) : gate.HandleAsync(r), IPAddress.Parse("127.0.0.2"));
            var sites = new DemoSites(new RequestGate(site.HandleAsync), one, two);
            sites.Sqlite = sites.Pipeline(postgres: false);
            (sites.SqliteExit, _) = await WorkerProcess.RunAsync("run", "--once", "--config", sites.Sqlite.ConfigPath);
            gate = sites.Gate;
            sites._before[one] = one.Requests.Count;
            sites._before[two] = two.Requests.Count;
            return sites;
        }

        public TestPipeline Pipeline(bool postgres) => new(One.BaseUri + "index.html", c =>
        {
            c["sources"]!.AsArray().Add(new JsonObject
            {
                ["name"] = "second",
                ["start"] = new JsonArray($"http://127.0.0.2:{Two.Port}/index.html"),
            });
            c["politeness"] = new JsonObject { ["perHostDelay"] = s_delay.ToString() };

            // Generous: a request held by the gate must not time out and be retried behind the test's back.
            c["limits"]!["requestTimeout"] = "00:02:00";
            c["limits"]!["documentTimeout"] = "00:04:00";
            if (postgres)
            {
                c["state"] = new JsonObject { ["provider"] = "postgres", ["pollInterval"] = "00:00:00.100" };
            }
        });

        public async ValueTask DisposeAsync()
        {
            Gate.Open();
            await One.DisposeAsync();
            await Two.DisposeAsync();
            Sqlite.Dispose();
        }
    }
}
