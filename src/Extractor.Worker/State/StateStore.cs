using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Extractor.Worker.State;

/// <summary>
/// The crawl state in one SQLite file (the default provider, one worker): passes, the frontier with its validators, report versions with their results
/// as JSON, and a log of outcomes. Every change that belongs together is one transaction, so a kill at any point
/// leaves either the old or the new state. It is the one seam between the crawl and its storage: every method is safe to
/// call from the concurrent host lanes (one connection, serialised by a lock), and items are handed out by
/// <see cref="Claim"/>, which a shared database would implement as a lease.
/// </summary>
internal sealed class StateStore : IStateStore
{
    // Columns added after the first release and before versioning: added to an older state file when it is brought to
    // version 1 (SQLite has no ADD COLUMN IF NOT EXISTS).
    private static readonly (string Table, string Column, string Type)[] s_addedColumns =
    [
        ("frontier", "host", "TEXT NOT NULL DEFAULT ''"),
        ("frontier", "withdrawn_at", "TEXT"),
        ("outcomes", "source", "TEXT NOT NULL DEFAULT ''"),
        ("outcomes", "requests", "INTEGER NOT NULL DEFAULT 0"),
        ("outcomes", "millis", "INTEGER NOT NULL DEFAULT 0"),
    ];

    private readonly Lock _gate = new();

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    public StateStore(string stateFolder, TimeProvider time)
    {
        Directory.CreateDirectory(stateFolder);
        DatabasePath = Path.Combine(stateFolder, "state.db");
        _time = time;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        _connection.Open();
        Execute("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL;");
        using (var tx = _connection.BeginTransaction())
        {
            SchemaVersion = SchemaMigrator.Apply(
                _connection,
                tx,
                SqliteSchema.Migrations,
                () => Scalar(tx, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'frontier'") is not null,
                () => UpgradeUnversioned(tx),
                Now());
            tx.Commit();
        }
    }

    public string DatabasePath { get; }

    /// <summary>The schema version the file is at after opening.</summary>
    public int SchemaVersion { get; }

    /// <inheritdoc/>
    public bool Shared => false;


    /// <summary>
    /// Continues the unfinished pass if there is one (items left <c>fetching</c> go back to the queue); otherwise starts a
    /// new pass that queues every known URL of the configured sources again, for revalidation, plus the seeds.
    /// </summary>
    public (long PassId, bool Resumed) BeginPass(IReadOnlyList<DiscoveredLink> seeds, IReadOnlyCollection<string> sources)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var now = Now();
            var open = Scalar(tx, "SELECT id FROM passes WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1");
            long passId;
            var resumed = open is not null;
            if (open is long id)
            {
                passId = id;
                Execute(tx, "UPDATE frontier SET state = 'queued', updated_at = $now WHERE state = 'fetching'", ("$now", now));
            }
            else
            {
                passId = (long)Scalar(tx, "INSERT INTO passes(started_at) VALUES ($now) RETURNING id", ("$now", now))!;
                foreach (var source in sources)
                {
                    Execute(
                        tx,
                        "UPDATE frontier SET state = 'queued', pass_id = $pass, reason = NULL, updated_at = $now WHERE source = $source",
                        ("$pass", passId),
                        ("$now", now),
                        ("$source", source));
                }
            }

            foreach (var seed in seeds)
            {
                Enqueue(tx, seed, passId, now);
            }

            tx.Commit();
            return (passId, resumed);
        }
    }

    /// <summary>Whether a pass was started and not finished (killed or stopped), so it should be resumed.</summary>
    public bool HasOpenPass()
    {
        lock (_gate)
        {
            return Scalar(null, "SELECT 1 FROM passes WHERE finished_at IS NULL LIMIT 1") is not null;
        }
    }

    /// <summary>The oldest queued item of the pass, or null when the pass has nothing left.</summary>
    public FrontierItem? NextQueued()
    {
        lock (_gate)
        {
            using var cmd = Command(null, $"SELECT {StateSql.ItemColumns} FROM frontier WHERE state = 'queued' ORDER BY id LIMIT 1", []);
            using var reader = cmd.ExecuteReader();
            return reader.Read() ? StateSql.ReadItem(reader) : null;
        }
    }

    /// <summary>The hosts that have queued items, the host of the oldest item first ("" for local files).</summary>
    public IReadOnlyList<string> QueuedHosts()
    {
        lock (_gate)
        {
            var hosts = new List<string>();
            using var cmd = Command(null, "SELECT host FROM frontier WHERE state = 'queued' GROUP BY host ORDER BY MIN(id)", []);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                hosts.Add(reader.GetString(0));
            }

            return hosts;
        }
    }

    /// <summary>
    /// Takes the oldest queued item of <paramref name="host"/> and marks it <c>fetching</c> in one transaction, so that no
    /// two lanes get the same item and a kill during the fetch is seen at the next start; null when the host has none.
    /// </summary>
    public FrontierItem? Claim(string host)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            FrontierItem? item;
            using (var cmd = Command(tx, $"SELECT {StateSql.ItemColumns} FROM frontier WHERE state = 'queued' AND host = $host ORDER BY id LIMIT 1", [("$host", host)]))
            using (var reader = cmd.ExecuteReader())
            {
                item = reader.Read() ? StateSql.ReadItem(reader) : null;
            }

            if (item is null)
            {
                return null;
            }

            Execute(tx, "UPDATE frontier SET state = 'fetching', attempts = attempts + 1, updated_at = $now WHERE id = $id", ("$now", Now()), ("$id", item.Id));
            tx.Commit();
            return item with { State = FrontierState.Fetching, Attempts = item.Attempts + 1 };
        }
    }

    /// <summary>Marks the item as being fetched, so a kill during the fetch is seen at the next start.</summary>
    public void MarkFetching(FrontierItem item)
    {
        lock (_gate)
        {
            if (item.State == FrontierState.Fetching)
            {
                return; // claimed already
            }

            Execute(
                "UPDATE frontier SET state = 'fetching', attempts = attempts + 1, updated_at = $now WHERE id = $id",
                ("$now", Now()),
                ("$id", item.Id));
        }
    }

    /// <summary>
    /// Records how a fetch ended: state, validators, a new version, the links found, the outcome; all or nothing.
    /// Returns the hosts of the links that were new to the frontier, so the scheduler can open lanes for them.
    /// </summary>
    public IReadOnlyCollection<string> Complete(long passId, ItemCompletion c)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var now = Now();
            if (c.Version is { } version && c.Sha256 is not null)
            {
                Execute(tx, StateSql.InsertVersion, StateSql.VersionValues("@", c, c.Sha256, version, passId, now));
            }

            // Validators and the current hash change only when new bytes arrived; a failure keeps the last good ones.
            // A report that answers again is no longer withdrawn; one that disappears keeps its first withdrawal date.
            var gotBytes = c.Sha256 is not null;
            Execute(
                tx,
                """
                UPDATE frontier SET state = $state, reason = $reason, updated_at = $now,
                    etag = CASE WHEN $got THEN $etag ELSE etag END,
                    last_modified = CASE WHEN $got THEN $lm ELSE last_modified END,
                    sha256 = CASE WHEN $got THEN $sha ELSE sha256 END,
                    content_type = CASE WHEN $got THEN $ct ELSE content_type END,
                    charset = CASE WHEN $got THEN $cs ELSE charset END,
                    withdrawn_at = CASE WHEN $withdrawn THEN COALESCE(withdrawn_at, $today)
                                        WHEN $got OR $state = 'unchanged' THEN NULL ELSE withdrawn_at END
                WHERE id = $id
                """,
                ("$state", Name(c.State)),
                ("$reason", c.Reason),
                ("$now", now),
                ("$got", gotBytes),
                ("$etag", c.ETag),
                ("$lm", c.LastModified),
                ("$sha", c.Sha256),
                ("$ct", c.ContentType),
                ("$cs", c.Charset),
                ("$withdrawn", c.State == FrontierState.Withdrawn),
                ("$today", now[..10]),
                ("$id", c.Item.Id));

            var newHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var link in c.Links)
            {
                if (Enqueue(tx, link, passId, now) > 0)
                {
                    newHosts.Add(HostOf(link.Url));
                }
            }

            Execute(
                tx,
                """
                INSERT INTO outcomes(pass_id, url, source, state, http_status, bytes, requests, millis, reason, at)
                VALUES ($pass, $url, $source, $state, $http, $bytes, $requests, $millis, $reason, $now)
                """,
                ("$pass", passId),
                ("$url", c.Item.Url),
                ("$source", c.Item.Source),
                ("$state", Name(c.State)),
                ("$http", c.HttpStatus),
                ("$bytes", c.Bytes),
                ("$requests", c.Requests),
                ("$millis", (long)c.Elapsed.TotalMilliseconds),
                ("$reason", c.Reason),
                ("$now", now));
            tx.Commit();
            return newHosts;
        }
    }

    /// <summary>Whether a version with these bytes is already stored for the URL (a change reverted, or a re-fetch after a kill).</summary>
    public bool HasVersion(string url, string sha256)
    {
        lock (_gate)
        {
            return Scalar(null, "SELECT 1 FROM versions WHERE url = $url AND sha256 = $sha", ("$url", url), ("$sha", sha256)) is not null;
        }
    }

    /// <summary>Marks every item still queued as skipped, when the pass hit its document limit.</summary>
    public int SkipRemaining(string reason)
    {
        lock (_gate)
        {
            return Execute("UPDATE frontier SET state = 'skipped', reason = $reason, updated_at = $now WHERE state = 'queued'", ("$reason", reason), ("$now", Now()));
        }
    }

    public void FinishPass(long passId)
    {
        lock (_gate)
        {
            Execute("UPDATE passes SET finished_at = $now WHERE id = $id", ("$now", Now()), ("$id", passId));
        }
    }

    /// <summary>
    /// The current result of every report, as stored JSON lines, with the date it was withdrawn (404/410 on
    /// revalidation) if so; streamed, ordered by source and URL so that the order does not depend on which host
    /// answered first. The caller enumerates it without other store calls in between (one connection).
    /// </summary>
    public IEnumerable<(string Url, string Status, string Json, string? WithdrawnAt)> CurrentResults()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT f.url, v.status, v.result_json, f.withdrawn_at FROM frontier f
            JOIN versions v ON v.url = f.url AND v.sha256 = f.sha256
            WHERE f.kind IN ('report', 'attachment')
            ORDER BY f.source, f.url
            """;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }
    }

    /// <summary>How many sources still have queued or fetching items: the sites not done yet, for the progress line.</summary>
    public int OpenSources()
    {
        lock (_gate)
        {
            return Convert.ToInt32(Scalar(null, "SELECT COUNT(DISTINCT source) FROM frontier WHERE state IN ('queued', 'fetching')"), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>How many items are queued or being fetched: the work left, for the ETA.</summary>
    public int OpenItems()
    {
        lock (_gate)
        {
            return Convert.ToInt32(Scalar(null, "SELECT COUNT(*) FROM frontier WHERE state IN ('queued', 'fetching')"), CultureInfo.InvariantCulture);
        }
    }

    /// <summary>The withdrawal date of every withdrawn report, by URL.</summary>
    public IReadOnlyDictionary<string, string> Withdrawn()
    {
        lock (_gate)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            using var cmd = Command(null, "SELECT url, withdrawn_at FROM frontier WHERE withdrawn_at IS NOT NULL", []);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                map[reader.GetString(0)] = reader.GetString(1);
            }

            return map;
        }
    }

    /// <summary>How many items of the given sources ended in each state.</summary>
    public IReadOnlyDictionary<FrontierState, int> CountByState()
    {
        lock (_gate)
        {
            var counts = new Dictionary<FrontierState, int>();
            using var cmd = Command(null, "SELECT state, COUNT(*) FROM frontier GROUP BY state", []);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                counts[Parse<FrontierState>(reader.GetString(0))] = reader.GetInt32(1);
            }

            return counts;
        }
    }

    /// <summary>The items that ended badly (failed or blocked), with the reason, for the end-of-pass report.</summary>
    public IReadOnlyList<(string Url, FrontierState State, string? Reason)> Problems()
    {
        lock (_gate)
        {
            var list = new List<(string, FrontierState, string?)>();
            using var cmd = Command(null, "SELECT url, state, reason FROM frontier WHERE state IN ('failed', 'blocked') ORDER BY source, url", []);
            using var reader = cmd.ExecuteReader();
            while (reader.Read())
            {
                list.Add((reader.GetString(0), Parse<FrontierState>(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2)));
            }

            return list;
        }
    }

    /// <summary>
    /// The run report: one entry per pass and source, summed from the outcomes, with the first failure's reason;
    /// <paramref name="passId"/> limits it to one pass. Ordered by pass, then source.
    /// </summary>
    public IReadOnlyList<SiteRun> SiteRuns(long? passId = null)
    {
        lock (_gate)
        {
            var list = new List<SiteRun>();
            using var cmd = Command(
                null,
                """
                SELECT o.pass_id, o.source, COUNT(*), SUM(o.requests), SUM(o.bytes),
                    SUM(o.state IN ('parsed', 'fetched')), SUM(o.state = 'unchanged'), SUM(o.state = 'failed'), SUM(o.state = 'blocked'),
                    SUM(o.state = 'skipped'), SUM(o.state = 'withdrawn'), SUM(o.millis), MIN(o.at), MAX(o.at),
                    (SELECT e.url || ': ' || COALESCE(e.reason, e.state) FROM outcomes e
                     WHERE e.pass_id = o.pass_id AND e.source = o.source AND e.state IN ('failed', 'blocked') ORDER BY e.id LIMIT 1)
                FROM outcomes o
                WHERE $pass IS NULL OR o.pass_id = $pass
                GROUP BY o.pass_id, o.source
                ORDER BY o.pass_id, o.source
                """,
                [("$pass", passId)]);
            using var r = cmd.ExecuteReader();
            while (r.Read())
            {
                list.Add(SiteRun.FromRow(r));
            }

            return list;
        }
    }

    /// <inheritdoc/>
    public Task<IDisposable?> AcquireHostAsync(string host, TimeSpan delay, CancellationToken cancellationToken) => Task.FromResult<IDisposable?>(null);

    /// <inheritdoc/>
    public void PauseHost(string host, TimeSpan duration)
    {
        // One worker: its own circuit breaker is the whole truth.
    }

    /// <inheritdoc/>
    public IDisposable? TryLockPublishing() => NoLock.Instance;

    /// <inheritdoc/>
    public long BeginReparse()
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var runId = Scalar(tx, "SELECT id FROM reparse_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1") as long?
                ?? (long)Scalar(tx, "INSERT INTO reparse_runs(started_at) VALUES ($now) RETURNING id", ("$now", Now()))!;

            // One worker: a claim left from an interrupted run belongs to nobody now.
            Execute(tx, "UPDATE versions SET lease_owner = NULL, lease_until = NULL WHERE lease_owner IS NOT NULL");
            tx.Commit();
            return runId;
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<ReparseItem> ClaimReparse(long runId, int count)
    {
        lock (_gate)
        {
            using var tx = _connection.BeginTransaction();
            var items = new List<ReparseItem>();
            using (var cmd = Command(
                tx,
                $"""
                SELECT v.id, v.url, v.sha256, f.content_type, f.charset FROM versions v
                JOIN frontier f ON f.url = v.url AND f.sha256 = v.sha256
                WHERE {CurrentReport} AND (v.reparsed_run IS NULL OR v.reparsed_run <> $run) AND v.lease_owner IS NULL
                ORDER BY v.id LIMIT $n
                """,
                [("$run", runId), ("$n", count)]))
            using (var reader = cmd.ExecuteReader())
            {
                while (reader.Read())
                {
                    items.Add(new ReparseItem(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4)));
                }
            }

            foreach (var item in items)
            {
                Execute(tx, "UPDATE versions SET lease_owner = 'local', lease_until = $now WHERE id = $id", ("$now", Now()), ("$id", item.VersionId));
            }

            tx.Commit();
            return items;
        }
    }

    /// <inheritdoc/>
    public bool CompleteReparse(long runId, ReparseItem item, string? status, string? json)
    {
        lock (_gate)
        {
            return Execute(
                "UPDATE versions SET status = COALESCE($status, status), result_json = COALESCE($json, result_json), reparsed_run = $run, lease_owner = NULL, lease_until = NULL WHERE id = $id AND lease_owner IS NOT NULL",
                ("$status", status),
                ("$json", json),
                ("$run", runId),
                ("$id", item.VersionId)) == 1;
        }
    }

    /// <inheritdoc/>
    public int ReparseLeft(long runId)
    {
        lock (_gate)
        {
            return Convert.ToInt32(
                Scalar(
                    null,
                    $"SELECT COUNT(*) FROM versions v JOIN frontier f ON f.url = v.url AND f.sha256 = v.sha256 WHERE {CurrentReport} AND (v.reparsed_run IS NULL OR v.reparsed_run <> $run)",
                    ("$run", runId)),
                CultureInfo.InvariantCulture);
        }
    }

    /// <inheritdoc/>
    public void FinishReparse(long runId)
    {
        lock (_gate)
        {
            Execute("UPDATE reparse_runs SET finished_at = $now WHERE id = $id AND finished_at IS NULL", ("$now", Now()), ("$id", runId));
        }
    }

    public void Dispose() => _connection.Dispose();

    /// <summary>The versions that are published: the current bytes of report and attachment URLs.</summary>
    internal const string CurrentReport = "f.kind IN ('report', 'attachment')";

    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    /// <summary>The scheduling key of a URL: its host, lower-case; "" for files and anything without a host.</summary>
    public static string HostOf(string url)
        => Uri.TryCreate(url, UriKind.Absolute, out var uri) && !uri.IsFile ? uri.Host.ToLowerInvariant() : string.Empty;

    private static T Parse<T>(string name)
        where T : struct, Enum => Enum.Parse<T>(name, ignoreCase: true);

    // A state file from before versioning: its tables exist, maybe without the columns added since; version 1 has them.
    private void UpgradeUnversioned(SqliteTransaction tx)
    {
        foreach (var (table, column, type) in s_addedColumns)
        {
            if (Scalar(tx, $"SELECT 1 FROM pragma_table_info('{table}') WHERE name = '{column}'") is null)
            {
                Execute(tx, $"ALTER TABLE {table} ADD COLUMN {column} {type}");
            }
        }

        // Rows written before the host column existed get their host once; then the scheduler's index covers them.
        var missing = new List<(long Id, string Url)>();
        using (var cmd = Command(tx, "SELECT id, url FROM frontier WHERE host = ''", []))
        using (var reader = cmd.ExecuteReader())
        {
            while (reader.Read())
            {
                missing.Add((reader.GetInt64(0), reader.GetString(1)));
            }
        }

        foreach (var (id, url) in missing.Where(m => HostOf(m.Url).Length > 0))
        {
            Execute(tx, "UPDATE frontier SET host = $host WHERE id = $id", ("$host", HostOf(url)), ("$id", id));
        }

        Execute(tx, "CREATE INDEX IF NOT EXISTS frontier_host ON frontier(state, host, id)");
    }

    private int Enqueue(SqliteTransaction tx, DiscoveredLink link, long passId, string now)
    {
        // A URL is known once; a link seen again in the same pass changes nothing.
        return Execute(
            tx,
            """
            INSERT INTO frontier(url, source, kind, page, state, pass_id, host, updated_at)
            VALUES ($url, $source, $kind, $page, 'queued', $pass, $host, $now)
            ON CONFLICT(url) DO NOTHING
            """,
            ("$url", link.Url),
            ("$source", link.Source),
            ("$kind", Name(link.Kind)),
            ("$page", link.Page),
            ("$pass", passId),
            ("$host", HostOf(link.Url)),
            ("$now", now));
    }

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private int Execute(string sql, params (string Name, object? Value)[] parameters) => Execute(null, sql, parameters);

    private int Execute(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        return cmd.ExecuteNonQuery();
    }

    private object? Scalar(SqliteTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        using var cmd = Command(tx, sql, parameters);
        var value = cmd.ExecuteScalar();
        return value is DBNull ? null : value;
    }

    private SqliteCommand Command(SqliteTransaction? tx, string sql, (string Name, object? Value)[] parameters)
    {
        var cmd = _connection.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return cmd;
    }
}
