using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Extractor.Worker.State;

/// <summary>
/// The crawl state in one SQLite file: passes, the frontier with its validators, report versions with their results
/// as JSON, and a log of outcomes. Every change that belongs together is one transaction, so a kill at any point
/// leaves either the old or the new state.
/// </summary>
internal sealed class StateStore : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        PRAGMA synchronous = FULL;
        CREATE TABLE IF NOT EXISTS passes(
            id INTEGER PRIMARY KEY,
            started_at TEXT NOT NULL,
            finished_at TEXT);
        CREATE TABLE IF NOT EXISTS frontier(
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            kind TEXT NOT NULL,
            page INTEGER NOT NULL DEFAULT 0,
            state TEXT NOT NULL,
            pass_id INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            etag TEXT,
            last_modified TEXT,
            sha256 TEXT,
            content_type TEXT,
            charset TEXT,
            reason TEXT,
            updated_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS frontier_state ON frontier(state, id);
        CREATE TABLE IF NOT EXISTS versions(
            id INTEGER PRIMARY KEY,
            url TEXT NOT NULL,
            sha256 TEXT NOT NULL,
            pass_id INTEGER NOT NULL,
            fetched_at TEXT NOT NULL,
            status TEXT NOT NULL,
            result_json TEXT NOT NULL,
            UNIQUE(url, sha256));
        CREATE TABLE IF NOT EXISTS outcomes(
            id INTEGER PRIMARY KEY,
            pass_id INTEGER NOT NULL,
            url TEXT NOT NULL,
            state TEXT NOT NULL,
            http_status INTEGER,
            bytes INTEGER NOT NULL,
            reason TEXT,
            at TEXT NOT NULL);
        """;

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _time;

    public StateStore(string stateFolder, TimeProvider time)
    {
        Directory.CreateDirectory(stateFolder);
        DatabasePath = Path.Combine(stateFolder, "state.db");
        _time = time;
        _connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Pooling = false }.ToString());
        _connection.Open();
        Execute(Schema);
    }

    public string DatabasePath { get; }

    /// <summary>
    /// Continues the unfinished pass if there is one (items left <c>fetching</c> go back to the queue); otherwise starts a
    /// new pass that queues every known URL of the configured sources again, for revalidation, plus the seeds.
    /// </summary>
    public (long PassId, bool Resumed) BeginPass(IReadOnlyList<DiscoveredLink> seeds, IReadOnlyCollection<string> sources)
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

    /// <summary>Whether a pass was started and not finished (killed or stopped), so it should be resumed.</summary>
    public bool HasOpenPass() => Scalar(null, "SELECT 1 FROM passes WHERE finished_at IS NULL LIMIT 1") is not null;

    /// <summary>The oldest queued item of the pass, or null when the pass has nothing left.</summary>
    public FrontierItem? NextQueued()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT id, url, source, kind, page, state, attempts, etag, last_modified, sha256, content_type, charset
            FROM frontier WHERE state = 'queued' ORDER BY id LIMIT 1
            """;
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? ReadItem(reader) : null;
    }

    /// <summary>Marks the item as being fetched, so a kill during the fetch is seen at the next start.</summary>
    public void MarkFetching(FrontierItem item)
    {
        Execute(
            "UPDATE frontier SET state = 'fetching', attempts = attempts + 1, updated_at = $now WHERE id = $id",
            ("$now", Now()),
            ("$id", item.Id));
    }

    /// <summary>Records how a fetch ended: state, validators, a new version, the links found, the outcome; all or nothing.</summary>
    public void Complete(long passId, ItemCompletion c)
    {
        using var tx = _connection.BeginTransaction();
        var now = Now();
        if (c.Version is { } version && c.Sha256 is not null)
        {
            Execute(
                tx,
                """
                INSERT INTO versions(url, sha256, pass_id, fetched_at, status, result_json)
                VALUES ($url, $sha, $pass, $now, $status, $json)
                ON CONFLICT(url, sha256) DO NOTHING
                """,
                ("$url", c.Item.Url),
                ("$sha", c.Sha256),
                ("$pass", passId),
                ("$now", now),
                ("$status", version.Status),
                ("$json", version.Json));
        }

        // Validators and the current hash change only when new bytes arrived; a failure keeps the last good ones.
        var gotBytes = c.Sha256 is not null;
        Execute(
            tx,
            """
            UPDATE frontier SET state = $state, reason = $reason, updated_at = $now,
                etag = CASE WHEN $got THEN $etag ELSE etag END,
                last_modified = CASE WHEN $got THEN $lm ELSE last_modified END,
                sha256 = CASE WHEN $got THEN $sha ELSE sha256 END,
                content_type = CASE WHEN $got THEN $ct ELSE content_type END,
                charset = CASE WHEN $got THEN $cs ELSE charset END
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
            ("$id", c.Item.Id));

        foreach (var link in c.Links)
        {
            Enqueue(tx, link, passId, now);
        }

        Execute(
            tx,
            "INSERT INTO outcomes(pass_id, url, state, http_status, bytes, reason, at) VALUES ($pass, $url, $state, $http, $bytes, $reason, $now)",
            ("$pass", passId),
            ("$url", c.Item.Url),
            ("$state", Name(c.State)),
            ("$http", c.HttpStatus),
            ("$bytes", c.Bytes),
            ("$reason", c.Reason),
            ("$now", now));
        tx.Commit();
    }

    /// <summary>Whether a version with these bytes is already stored for the URL (a change reverted, or a re-fetch after a kill).</summary>
    public bool HasVersion(string url, string sha256)
        => Scalar(null, "SELECT 1 FROM versions WHERE url = $url AND sha256 = $sha", ("$url", url), ("$sha", sha256)) is not null;

    /// <summary>Marks every item still queued as skipped, when the pass hit its document limit.</summary>
    public int SkipRemaining(string reason)
        => Execute("UPDATE frontier SET state = 'skipped', reason = $reason, updated_at = $now WHERE state = 'queued'", ("$reason", reason), ("$now", Now()));

    public void FinishPass(long passId) => Execute("UPDATE passes SET finished_at = $now WHERE id = $id", ("$now", Now()), ("$id", passId));

    /// <summary>The current result of every report, as stored JSON lines, in frontier order; streamed.</summary>
    public IEnumerable<(string Url, string Status, string Json)> CurrentResults()
    {
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = """
            SELECT f.url, v.status, v.result_json FROM frontier f
            JOIN versions v ON v.url = f.url AND v.sha256 = f.sha256
            WHERE f.kind IN ('report', 'attachment')
            ORDER BY f.id
            """;
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2));
        }
    }

    /// <summary>How many items of the given sources ended in each state.</summary>
    public IReadOnlyDictionary<FrontierState, int> CountByState()
    {
        var counts = new Dictionary<FrontierState, int>();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT state, COUNT(*) FROM frontier GROUP BY state";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            counts[Parse<FrontierState>(reader.GetString(0))] = reader.GetInt32(1);
        }

        return counts;
    }

    /// <summary>The items that ended badly (failed or blocked), with the reason, for the end-of-pass report.</summary>
    public IReadOnlyList<(string Url, FrontierState State, string? Reason)> Problems()
    {
        var list = new List<(string, FrontierState, string?)>();
        using var cmd = _connection.CreateCommand();
        cmd.CommandText = "SELECT url, state, reason FROM frontier WHERE state IN ('failed', 'blocked') ORDER BY id";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            list.Add((reader.GetString(0), Parse<FrontierState>(reader.GetString(1)), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return list;
    }

    public void Dispose() => _connection.Dispose();

    public static string Name<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();

    private static T Parse<T>(string name)
        where T : struct, Enum => Enum.Parse<T>(name, ignoreCase: true);

    private static FrontierItem ReadItem(SqliteDataReader r) => new(
        r.GetInt64(0),
        r.GetString(1),
        r.GetString(2),
        Parse<FrontierKind>(r.GetString(3)),
        r.GetInt32(4),
        Parse<FrontierState>(r.GetString(5)),
        r.GetInt32(6),
        r.IsDBNull(7) ? null : r.GetString(7),
        r.IsDBNull(8) ? null : r.GetString(8),
        r.IsDBNull(9) ? null : r.GetString(9),
        r.IsDBNull(10) ? null : r.GetString(10),
        r.IsDBNull(11) ? null : r.GetString(11));

    private void Enqueue(SqliteTransaction tx, DiscoveredLink link, long passId, string now)
    {
        // A URL is known once; a link seen again in the same pass changes nothing.
        Execute(
            tx,
            """
            INSERT INTO frontier(url, source, kind, page, state, pass_id, updated_at)
            VALUES ($url, $source, $kind, $page, 'queued', $pass, $now)
            ON CONFLICT(url) DO NOTHING
            """,
            ("$url", link.Url),
            ("$source", link.Source),
            ("$kind", Name(link.Kind)),
            ("$page", link.Page),
            ("$pass", passId),
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
