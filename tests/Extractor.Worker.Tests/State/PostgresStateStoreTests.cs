using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Extractor.Worker.Tests.Mocks;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Extractor.Worker.Tests.State;

/// <summary>The shared store against a real PostgreSQL: migrations, leases, the host ledger, the publish lock.</summary>
public sealed class PostgresStateStoreTests
{
    [PostgresFact]
    public void Open_EmptyDatabase_CreatesTheNewestSchemaAndRecordsEachStep()
    {
        using var db = new TestDatabase();
        using (var store = Store(db, "a"))
        {
            Assert.Equal(PostgresSchema.Migrations.Max(m => m.Version), store.SchemaVersion);
        }

        using (var again = Store(db, "b"))
        {
            Assert.Equal(2, again.SchemaVersion);
        }

        Assert.Equal([1, 2], db.Query("SELECT version FROM schema_version ORDER BY version", r => r.GetInt32(0)));
    }

    [PostgresFact]
    public void Open_AtVersionOne_UpgradesKeepingTheRows()
    {
        using var db = new TestDatabase();
        db.Execute("CREATE TABLE schema_version(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        db.Execute(PostgresSchema.Migrations.Single(m => m.Version == 1).Sql);
        db.Execute("""
            INSERT INTO schema_version VALUES (1, 'v1', '2025-01-01T00:00:00Z');
            INSERT INTO frontier(url, source, kind, state, pass_id, sha256, updated_at, host) VALUES ('http://x.gov.cn/a.html', 's', 'report', 'parsed', 1, 'ab', 'now', 'x.gov.cn');
            INSERT INTO versions(url, sha256, pass_id, fetched_at, status, result_json) VALUES ('http://x.gov.cn/a.html', 'ab', 1, 'now', 'parsed', '{"a":1}');
            """);

        using var store = Store(db, "a");

        Assert.Equal(2, store.SchemaVersion);
        Assert.Equal([("http://x.gov.cn/a.html", "parsed", """{"a":1}""", (string?)null)], store.CurrentResults().ToList());
        var run = store.BeginReparse();
        Assert.Equal(1, store.ReparseLeft(run));
        Assert.Equal(["v1"], db.Query("SELECT description FROM schema_version WHERE version = 1", r => r.GetString(0)));
    }

    [PostgresFact]
    public async Task Claim_FourWorkersAtOnce_EachItemGoesToExactlyOneOfThem()
    {
        using var db = new TestDatabase();
        var stores = Enumerable.Range(0, 4).Select(i => Store(db, $"w{i}")).ToList();
        try
        {
            var seeds = Enumerable.Range(0, 40).Select(i => new DiscoveredLink($"http://h{i % 3}.gov.cn/{i}.html", "s", FrontierKind.Report, 0)).ToList();
            stores[0].BeginPass(seeds, ["s"]);
            var claims = await Task.WhenAll(stores.Select(store => Task.Run(() =>
            {
                var mine = new List<string>();
                foreach (var host in new[] { "h0.gov.cn", "h1.gov.cn", "h2.gov.cn" })
                {
                    while (store.Claim(host) is { } item)
                    {
                        mine.Add(item.Url);
                    }
                }

                return mine;
            })));

            var all = claims.SelectMany(c => c).ToList();
            Assert.Equal(40, all.Count);
            Assert.Equal(40, all.Distinct().Count());
            Assert.Equal(40, stores[1].OpenItems()); // all leased, none done
        }
        finally
        {
            stores.ForEach(s => s.Dispose());
        }
    }

    [PostgresFact]
    public void Claim_AfterTheHoldersLeaseExpired_GivesTheItemAgainAndDropsTheLateCompletion()
    {
        using var db = new TestDatabase();
        using var dead = Store(db, "dead");
        using var alive = Store(db, "alive");
        var (pass, _) = dead.BeginPass([new DiscoveredLink("http://x.gov.cn/a.html", "s", FrontierKind.Report, 0)], ["s"]);
        var item = dead.Claim("x.gov.cn")!;
        Assert.Null(alive.Claim("x.gov.cn")); // leased: nothing fetched twice at once

        // The holder stops renewing (killed); its lease runs out on the database clock.
        db.Execute("UPDATE frontier SET lease_until = clock_timestamp() - interval '1 second' WHERE lease_owner = 'dead'");
        var again = alive.Claim("x.gov.cn");

        Assert.NotNull(again);
        Assert.Equal(item.Id, again.Id);
        Assert.Equal(2, again.Attempts);
        Assert.Empty(dead.Complete(pass, new ItemCompletion { Item = item, State = FrontierState.Failed, Reason = "late" }));
        alive.Complete(pass, new ItemCompletion { Item = again, State = FrontierState.Parsed, Sha256 = "ab", Version = ("parsed", "{}") });
        Assert.Equal([("parsed", "alive")], db.Query("SELECT state, worker FROM outcomes", r => (r.GetString(0), r.GetString(1))));
        Assert.Equal(0, alive.OpenItems());
    }

    [PostgresFact]
    public void Dispose_HandsBackWhatTheWorkerHeld()
    {
        using var db = new TestDatabase();
        using var other = Store(db, "other");
        using (var stopping = Store(db, "stopping"))
        {
            stopping.BeginPass([new DiscoveredLink("http://x.gov.cn/a.html", "s", FrontierKind.Report, 0)], ["s"]);
            Assert.NotNull(stopping.Claim("x.gov.cn"));
        }

        Assert.NotNull(other.Claim("x.gov.cn"));
    }

    [PostgresFact]
    public async Task AcquireHost_TwoWorkers_TheSecondStartsNoSoonerThanTheDelayAfterTheFirstEnded()
    {
        using var db = new TestDatabase();
        using var a = Store(db, "a");
        using var b = Store(db, "b");
        var delay = TimeSpan.FromMilliseconds(300);

        var first = await a.AcquireHostAsync("x.gov.cn", delay, CancellationToken.None);
        var second = b.AcquireHostAsync("x.gov.cn", delay, CancellationToken.None);
        Assert.Equal(["a"], db.Query("SELECT holder FROM hosts", r => r.GetString(0)));
        first!.Dispose();
        var released = db.Query("SELECT next_at FROM hosts", r => r.GetFieldValue<DateTimeOffset>(0)).Single();

        using var hold = await second.WaitAsync(TimeSpan.FromMinutes(1));
        var acquiredAt = db.Query("SELECT clock_timestamp()", r => r.GetFieldValue<DateTimeOffset>(0)).Single();

        // Lower bounds on the database clock: b got the host only once a's delay had run out.
        Assert.True(acquiredAt >= released, $"acquired at {acquiredAt:O}, allowed from {released:O}");
        Assert.Equal(["b"], db.Query("SELECT holder FROM hosts", r => r.GetString(0)));
        Assert.Equal([300L], db.Query("SELECT delay_ms FROM hosts", r => r.GetInt64(0)));
    }

    [PostgresFact]
    public async Task PauseHost_KeepsEveryWorkerOffTheHostUntilItEnds()
    {
        using var db = new TestDatabase();
        using var a = Store(db, "a");
        a.PauseHost("x.gov.cn", TimeSpan.FromHours(1));
        using var cancel = new CancellationTokenSource();
        var waiting = a.AcquireHostAsync("x.gov.cn", TimeSpan.Zero, cancel.Token);

        // Ended explicitly through the database clock, not by waiting an hour.
        db.Execute("UPDATE hosts SET paused_until = clock_timestamp()");
        Assert.NotNull(await waiting.WaitAsync(TimeSpan.FromMinutes(2)));
    }

    [PostgresFact]
    public void TryLockPublishing_OneWorkerAtATime()
    {
        using var db = new TestDatabase();
        using var a = Store(db, "a");
        using var b = Store(db, "b");

        using (var held = a.TryLockPublishing())
        {
            Assert.NotNull(held);
            Assert.Null(b.TryLockPublishing());
        }

        using var next = b.TryLockPublishing();
        Assert.NotNull(next);
    }

    [PostgresFact]
    public void Open_WrongPassword_FailsWithoutPrintingIt()
    {
        using var db = new TestDatabase();
        var wrong = new NpgsqlConnectionStringBuilder(db.ConnectionString) { Password = "wrong-Secret-123" }.ConnectionString;
        var options = new StateOptions { Provider = "postgres", ConnectionString = wrong };

        var error = Assert.ThrowsAny<NpgsqlException>(() => new PostgresStateStore(options, TimeProvider.System, NullLogger.Instance));

        Assert.DoesNotContain("wrong-Secret-123", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-Secret-123", options.MaskedConnectionString, StringComparison.Ordinal);
    }

    private static PostgresStateStore Store(TestDatabase db, string worker)
        => new(new StateOptions { Provider = "postgres", ConnectionString = db.ConnectionString, PollInterval = TimeSpan.FromMilliseconds(20) }, TimeProvider.System, NullLogger.Instance, worker);
}
