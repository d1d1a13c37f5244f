using System.Data;
using System.Diagnostics;
using System.Globalization;
using Extractor.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace Extractor.Worker.State;

/// <summary>
/// The crawl state in PostgreSQL, shared by any number of workers. Work is leased: <see cref="Claim"/> takes an item
/// with <c>FOR UPDATE SKIP LOCKED</c> and stamps it with this worker and an expiry that a timer renews while the worker
/// lives; an item whose lease expired (its worker crashed) is claimable again, and a completion whose lease was lost is
/// dropped, so nothing is lost and nothing is recorded twice. Politeness lives in the <c>hosts</c> table: one holder
/// per host at a time and the next allowed time, both changed by single atomic UPDATEs on the database clock.
/// Publishing takes an advisory lock. A pooled connection per call, so every method is safe from any thread.
/// </summary>
internal sealed class PostgresStateStore : IStateStore
{
    // Advisory lock keys ("EXTR" + a purpose), per database.
    private const long MigrationLock = 0x4558_5452_0000_0001;
    private const long PassLock = 0x4558_5452_0000_0002;
    private const long PublishLock = 0x4558_5452_0000_0003;
    private const long ReparseLock = 0x4558_5452_0000_0004;

    private readonly NpgsqlDataSource _data;
    private readonly TimeProvider _time;
    private readonly TimeSpan _lease;
    private readonly TimeSpan _poll;
    private readonly ILogger _logger;
    private readonly ITimer _renewal;
    private long _databaseTicks;

    public PostgresStateStore(StateOptions options, TimeProvider time, ILogger logger, string? workerId = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _time = time;
        _lease = options.LeaseDuration;
        _poll = options.PollInterval;
        _logger = logger;
        WorkerId = workerId ?? $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";
        var builder = new NpgsqlConnectionStringBuilder(options.ConnectionString) { ApplicationName = "extractor " + WorkerId };
        _data = NpgsqlDataSource.Create(builder);
        try
        {
            using var connection = _data.OpenConnection();
            using var tx = connection.BeginTransaction();
            Execute(connection, tx, "SELECT pg_advisory_xact_lock(@k)", ("k", MigrationLock));
            SchemaVersion = SchemaMigrator.Apply(connection, tx, PostgresSchema.Migrations, static () => false, static () => { }, Now());
            tx.Commit();
        }
        catch
        {
            _data.Dispose();
            throw;
        }

        Log.PostgresState(logger, options.MaskedConnectionString, SchemaVersion, WorkerId);

        // Renewed three times per lease, so a busy or briefly slow worker keeps what it holds.
        var period = _lease / 3;
        _renewal = time.CreateTimer(_ => Renew(), null, period, period);
    }

    /// <summary>This worker's name in leases: machine, process id and a random part.</summary>
    public string WorkerId { get; }

    public int SchemaVersion { get; }

    /// <summary>The time spent in database calls so far (opening connections and statements, not the politeness waits).</summary>
    public TimeSpan DatabaseTime => TimeSpan.FromTicks(Interlocked.Read(ref _databaseTicks));

    /// <inheritdoc/>
    public bool Shared => true;

    /// <inheritdoc/>
    public (long PassId, bool Resumed) BeginPass(IReadOnlyList<DiscoveredLink> seeds, IReadOnlyCollection<string> sources)
    {
        using var connection = _data.OpenConnection();
        using var tx = connection.BeginTransaction();
        Execute(connection, tx, "SELECT pg_advisory_xact_lock(@k)", ("k", PassLock));
        var now = Now();
        var open = Scalar(connection, tx, "SELECT id FROM passes WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1");
        long passId;
        var resumed = open is not null;
        if (open is long id)
        {
            // Another worker's pass, or one a crash left: join it. Items of a dead worker come back when their lease expires.
            passId = id;
        }
        else
        {
            passId = (long)Scalar(connection, tx, "INSERT INTO passes(started_at) VALUES (@now) RETURNING id", ("now", now))!;
            Execute(
                connection,
                tx,
                "UPDATE frontier SET state = 'queued', pass_id = @pass, reason = NULL, updated_at = @now, lease_owner = NULL, lease_until = NULL WHERE source = ANY(@sources)",
                ("pass", passId),
                ("now", now),
                ("sources", sources.ToArray()));
        }

        foreach (var seed in seeds)
        {
            Enqueue(connection, tx, seed, passId, now);
        }

        tx.Commit();
        return (passId, resumed);
    }

    /// <inheritdoc/>
    public bool HasOpenPass() => Scalar("SELECT 1 FROM passes WHERE finished_at IS NULL LIMIT 1") is not null;

    /// <inheritdoc/>
    public IReadOnlyList<string> QueuedHosts()
        => Query(
            "SELECT host FROM frontier WHERE state = 'queued' OR (state = 'fetching' AND lease_until < clock_timestamp()) GROUP BY host ORDER BY MIN(id)",
            static r => r.GetString(0));

    /// <inheritdoc/>
    public FrontierItem? Claim(string host)
    {
        var items = Query(
            $"""
            UPDATE frontier SET state = 'fetching', attempts = attempts + 1, updated_at = @now,
                lease_owner = @me, lease_until = clock_timestamp() + @lease
            WHERE id = (SELECT id FROM frontier
                        WHERE host = @host AND (state = 'queued' OR (state = 'fetching' AND lease_until < clock_timestamp()))
                        ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED)
            RETURNING {StateSql.ItemColumns}
            """,
            StateSql.ReadItem,
            ("now", Now()),
            ("me", WorkerId),
            ("lease", _lease),
            ("host", host));
        return items.Count == 0 ? null : items[0];
    }

    /// <inheritdoc/>
    public void MarkFetching(FrontierItem item)
    {
        // Every item of a shared crawl is leased by Claim; there is nothing to mark.
    }

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Complete(long passId, ItemCompletion c)
    {
        using var connection = _data.OpenConnection();
        using var tx = connection.BeginTransaction();
        var now = Now();
        var gotBytes = c.Sha256 is not null;

        // Only the lease holder may record the item: after a lost lease another worker owns it, and its result counts.
        var updated = Execute(
            connection,
            tx,
            """
            UPDATE frontier SET state = @state, reason = @reason, updated_at = @now,
                etag = CASE WHEN @got THEN @etag ELSE etag END,
                last_modified = CASE WHEN @got THEN @lm ELSE last_modified END,
                sha256 = CASE WHEN @got THEN @sha ELSE sha256 END,
                content_type = CASE WHEN @got THEN @ct ELSE content_type END,
                charset = CASE WHEN @got THEN @cs ELSE charset END,
                withdrawn_at = CASE WHEN @withdrawn THEN COALESCE(withdrawn_at, @today)
                                    WHEN @got OR @state = 'unchanged' THEN NULL ELSE withdrawn_at END,
                lease_owner = NULL, lease_until = NULL
            WHERE id = @id AND lease_owner = @me AND state = 'fetching'
            """,
            ("state", StateStore.Name(c.State)),
            ("reason", Text(c.Reason)),
            ("now", now),
            ("got", gotBytes),
            ("etag", Text(c.ETag)),
            ("lm", Text(c.LastModified)),
            ("sha", Text(c.Sha256)),
            ("ct", Text(c.ContentType)),
            ("cs", Text(c.Charset)),
            ("withdrawn", c.State == FrontierState.Withdrawn),
            ("today", now[..10]),
            ("id", c.Item.Id),
            ("me", WorkerId));
        if (updated == 0)
        {
            tx.Rollback();
            Log.LeaseLost(_logger, c.Item.Url);
            return [];
        }

        if (c.Version is { } version && c.Sha256 is not null)
        {
            Execute(connection, tx, StateSql.InsertVersion, StateSql.VersionValues(string.Empty, c, c.Sha256, version, passId, now));
        }

        var newHosts = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var link in c.Links)
        {
            if (Enqueue(connection, tx, link, passId, now) > 0)
            {
                newHosts.Add(StateStore.HostOf(link.Url));
            }
        }

        Execute(
            connection,
            tx,
            """
            INSERT INTO outcomes(pass_id, url, source, state, http_status, bytes, requests, millis, reason, at, worker)
            VALUES (@pass, @url, @source, @state, @http, @bytes, @requests, @millis, @reason, @now, @me)
            """,
            ("pass", passId),
            ("url", c.Item.Url),
            ("source", c.Item.Source),
            ("state", StateStore.Name(c.State)),
            ("http", c.HttpStatus is int http ? http : new TypedNull(NpgsqlDbType.Integer)),
            ("bytes", c.Bytes),
            ("requests", c.Requests),
            ("millis", (long)c.Elapsed.TotalMilliseconds),
            ("reason", Text(c.Reason)),
            ("now", now),
            ("me", WorkerId));
        tx.Commit();
        return newHosts;
    }

    /// <inheritdoc/>
    public bool HasVersion(string url, string sha256)
        => Scalar("SELECT 1 FROM versions WHERE url = @url AND sha256 = @sha", ("url", url), ("sha", sha256)) is not null;

    /// <inheritdoc/>
    public int SkipRemaining(string reason)
        => Execute("UPDATE frontier SET state = 'skipped', reason = @reason, updated_at = @now WHERE state = 'queued'", ("reason", reason), ("now", Now()));

    /// <inheritdoc/>
    public void FinishPass(long passId)
        => Execute("UPDATE passes SET finished_at = @now WHERE id = @id AND finished_at IS NULL", ("now", Now()), ("id", passId));

    /// <inheritdoc/>
    public IEnumerable<(string Url, string Status, string Json, string? WithdrawnAt)> CurrentResults()
    {
        // One snapshot for the whole stream; the "C" collation orders like SQLite (by code point), whatever the database's locale.
        using var connection = _data.OpenConnection();
        using var tx = connection.BeginTransaction(IsolationLevel.RepeatableRead);
        using var cmd = Command(
            connection,
            tx,
            """
            SELECT f.url, v.status, v.result_json, f.withdrawn_at FROM frontier f
            JOIN versions v ON v.url = f.url AND v.sha256 = f.sha256
            WHERE f.kind IN ('report', 'attachment')
            ORDER BY f.source COLLATE "C", f.url COLLATE "C"
            """,
            []);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }
    }

    /// <inheritdoc/>
    public int OpenSources() => Convert.ToInt32(Scalar("SELECT COUNT(DISTINCT source) FROM frontier WHERE state IN ('queued', 'fetching')"), CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public int OpenItems() => Convert.ToInt32(Scalar("SELECT COUNT(*) FROM frontier WHERE state IN ('queued', 'fetching')"), CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, string> Withdrawn()
        => Query("SELECT url, withdrawn_at FROM frontier WHERE withdrawn_at IS NOT NULL", static r => (r.GetString(0), r.GetString(1)))
            .ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <inheritdoc/>
    public IReadOnlyDictionary<FrontierState, int> CountByState()
        => Query("SELECT state, COUNT(*)::int FROM frontier GROUP BY state", static r => (Enum.Parse<FrontierState>(r.GetString(0), ignoreCase: true), r.GetInt32(1)))
            .ToDictionary(p => p.Item1, p => p.Item2);

    /// <inheritdoc/>
    public IReadOnlyList<(string Url, FrontierState State, string? Reason)> Problems()
        => Query(
            """SELECT url, state, reason FROM frontier WHERE state IN ('failed', 'blocked') ORDER BY source COLLATE "C", url COLLATE "C" """,
            static r => (r.GetString(0), Enum.Parse<FrontierState>(r.GetString(1), ignoreCase: true), r.IsDBNull(2) ? null : r.GetString(2)));

    /// <inheritdoc/>
    public IReadOnlyList<SiteRun> SiteRuns(long? passId = null)
        => Query(
            """
            SELECT o.pass_id, o.source, COUNT(*)::int, SUM(o.requests)::int, SUM(o.bytes)::bigint,
                COUNT(*) FILTER (WHERE o.state IN ('parsed', 'fetched'))::int, COUNT(*) FILTER (WHERE o.state = 'unchanged')::int,
                COUNT(*) FILTER (WHERE o.state = 'failed')::int, COUNT(*) FILTER (WHERE o.state = 'blocked')::int,
                COUNT(*) FILTER (WHERE o.state = 'skipped')::int, COUNT(*) FILTER (WHERE o.state = 'withdrawn')::int,
                SUM(o.millis)::bigint, MIN(o.at COLLATE "C"), MAX(o.at COLLATE "C"),
                (SELECT e.url || ': ' || COALESCE(e.reason, e.state) FROM outcomes e
                 WHERE e.pass_id = o.pass_id AND e.source = o.source AND e.state IN ('failed', 'blocked') ORDER BY e.id LIMIT 1)
            FROM outcomes o
            WHERE @pass::bigint IS NULL OR o.pass_id = @pass::bigint
            GROUP BY o.pass_id, o.source
            ORDER BY o.pass_id, o.source COLLATE "C"
            """,
            SiteRun.FromRow,
            ("pass", passId is long p ? p : new TypedNull(NpgsqlDbType.Bigint)));

    /// <inheritdoc/>
    public async Task<IDisposable?> AcquireHostAsync(string host, TimeSpan delay, CancellationToken cancellationToken)
    {
        Execute("INSERT INTO hosts(host) VALUES (@h) ON CONFLICT DO NOTHING", ("h", host));
        while (true)
        {
            // One statement: take the host if nobody holds it (or the holder's lease expired) and its next allowed time
            // has come; otherwise say how long until it may have.
            var (got, waitSeconds) = Query(
                """
                WITH got AS (
                    UPDATE hosts SET holder = @me, held_until = clock_timestamp() + @lease
                    WHERE host = @h AND (holder IS NULL OR held_until < clock_timestamp())
                        AND next_at <= clock_timestamp() AND COALESCE(paused_until, next_at) <= clock_timestamp()
                    RETURNING 1)
                SELECT (SELECT COUNT(*) FROM got)::int,
                    EXTRACT(EPOCH FROM GREATEST(next_at, COALESCE(paused_until, next_at),
                        CASE WHEN holder IS NOT NULL AND held_until >= clock_timestamp() THEN clock_timestamp() + @poll ELSE next_at END)
                        - clock_timestamp())::float8
                FROM hosts WHERE host = @h
                """,
                static r => (r.GetInt32(0) == 1, r.GetDouble(1)),
                ("me", WorkerId),
                ("lease", _lease),
                ("poll", _poll),
                ("h", host))[0];
            if (got)
            {
                return new HostHold(this, host, delay);
            }

            // At most a poll interval: a pause or a holder's lease may be ended early by another worker (or an operator).
            var wait = TimeSpan.FromMilliseconds(Math.Clamp(Math.Ceiling(waitSeconds * 1000), 1, Math.Max(1, _poll.TotalMilliseconds)));
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <inheritdoc/>
    public void PauseHost(string host, TimeSpan duration)
    {
        Execute("INSERT INTO hosts(host) VALUES (@h) ON CONFLICT DO NOTHING", ("h", host));
        Execute(
            "UPDATE hosts SET paused_until = GREATEST(COALESCE(paused_until, clock_timestamp()), clock_timestamp() + @d) WHERE host = @h",
            ("d", duration),
            ("h", host));
    }

    /// <inheritdoc/>
    public IDisposable? TryLockPublishing()
    {
        var connection = _data.OpenConnection();
        try
        {
            if (Scalar(connection, null, "SELECT pg_try_advisory_lock(@k)", ("k", PublishLock)) is true)
            {
                return new SessionLock(this, connection, PublishLock);
            }
        }
        catch
        {
            connection.Dispose();
            throw;
        }

        connection.Dispose();
        return null;
    }

    /// <inheritdoc/>
    public long BeginReparse()
    {
        using var connection = _data.OpenConnection();
        using var tx = connection.BeginTransaction();
        Execute(connection, tx, "SELECT pg_advisory_xact_lock(@k)", ("k", ReparseLock));
        var runId = Scalar(connection, tx, "SELECT id FROM reparse_runs WHERE finished_at IS NULL ORDER BY id DESC LIMIT 1") as long?
            ?? (long)Scalar(connection, tx, "INSERT INTO reparse_runs(started_at) VALUES (@now) RETURNING id", ("now", Now()))!;
        tx.Commit();
        return runId;
    }

    /// <inheritdoc/>
    public IReadOnlyList<ReparseItem> ClaimReparse(long runId, int count)
        => Query(
            $"""
            UPDATE versions v SET lease_owner = @me, lease_until = clock_timestamp() + @lease
            FROM frontier f
            WHERE v.id IN (SELECT v2.id FROM versions v2 JOIN frontier f2 ON f2.url = v2.url AND f2.sha256 = v2.sha256
                           WHERE f2.kind IN ('report', 'attachment') AND v2.reparsed_run IS DISTINCT FROM @run
                               AND (v2.lease_owner IS NULL OR v2.lease_until < clock_timestamp())
                           ORDER BY v2.id LIMIT @n FOR UPDATE OF v2 SKIP LOCKED)
                AND f.url = v.url AND f.sha256 = v.sha256
            RETURNING v.id, v.url, v.sha256, f.content_type, f.charset
            """,
            static r => new ReparseItem(r.GetInt64(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3), r.IsDBNull(4) ? null : r.GetString(4)),
            ("me", WorkerId),
            ("lease", _lease),
            ("run", runId),
            ("n", count));

    /// <inheritdoc/>
    public bool CompleteReparse(long runId, ReparseItem item, string? status, string? json)
    {
        var done = Execute(
            "UPDATE versions SET status = COALESCE(@status, status), result_json = COALESCE(@json, result_json), reparsed_run = @run, lease_owner = NULL, lease_until = NULL WHERE id = @id AND lease_owner = @me",
            ("status", Text(status)),
            ("json", Text(json)),
            ("run", runId),
            ("id", item.VersionId),
            ("me", WorkerId)) == 1;
        if (!done)
        {
            Log.LeaseLost(_logger, item.Url);
        }

        return done;
    }

    /// <inheritdoc/>
    public int ReparseLeft(long runId)
        => Convert.ToInt32(
            Scalar(
                "SELECT COUNT(*) FROM versions v JOIN frontier f ON f.url = v.url AND f.sha256 = v.sha256 WHERE f.kind IN ('report', 'attachment') AND v.reparsed_run IS DISTINCT FROM @run",
                ("run", runId)),
            CultureInfo.InvariantCulture);

    /// <inheritdoc/>
    public void FinishReparse(long runId)
        => Execute("UPDATE reparse_runs SET finished_at = @now WHERE id = @id AND finished_at IS NULL", ("now", Now()), ("id", runId));

    /// <summary>Stops renewing and hands back what this worker still holds, so a clean stop returns its items at once.</summary>
    public void Dispose()
    {
        _renewal.Dispose();
        try
        {
            Execute("UPDATE frontier SET state = 'queued', lease_owner = NULL, lease_until = NULL WHERE lease_owner = @me AND state = 'fetching'", ("me", WorkerId));
            Execute("UPDATE versions SET lease_owner = NULL, lease_until = NULL WHERE lease_owner = @me", ("me", WorkerId));
            Execute("UPDATE hosts SET holder = NULL, held_until = NULL WHERE holder = @me", ("me", WorkerId));
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // The leases expire on their own.
            Log.LeaseRenewalFailed(_logger, ex.Message);
        }

        _data.Dispose();
    }

    private void Renew()
    {
        try
        {
            Execute(
                """
                UPDATE frontier SET lease_until = clock_timestamp() + @lease WHERE lease_owner = @me AND state = 'fetching';
                UPDATE versions SET lease_until = clock_timestamp() + @lease WHERE lease_owner = @me;
                UPDATE hosts SET held_until = clock_timestamp() + @lease WHERE holder = @me;
                """,
                ("lease", _lease),
                ("me", WorkerId));
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or ObjectDisposedException)
        {
            Log.LeaseRenewalFailed(_logger, ex.Message);
        }
    }

    private void Release(string host, TimeSpan delay)
    {
        try
        {
            // The delay runs from the end of this request, on the database clock, for every worker.
            Execute(
                "UPDATE hosts SET holder = NULL, held_until = NULL, next_at = clock_timestamp() + @delay, delay_ms = @ms WHERE host = @h AND holder = @me",
                ("delay", delay),
                ("ms", (long)delay.TotalMilliseconds),
                ("h", host),
                ("me", WorkerId));
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException)
        {
            // Unreleased, the host stays held until the lease expires: slower, never less polite.
            Log.LeaseRenewalFailed(_logger, ex.Message);
        }
    }

    private int Enqueue(NpgsqlConnection connection, NpgsqlTransaction tx, DiscoveredLink link, long passId, string now)
        => Execute(
            connection,
            tx,
            """
            INSERT INTO frontier(url, source, kind, page, state, pass_id, host, updated_at)
            VALUES (@url, @source, @kind, @page, 'queued', @pass, @host, @now)
            ON CONFLICT(url) DO NOTHING
            """,
            ("url", link.Url),
            ("source", link.Source),
            ("kind", StateStore.Name(link.Kind)),
            ("page", link.Page),
            ("pass", passId),
            ("host", StateStore.HostOf(link.Url)),
            ("now", now));

    private static object Text(string? value) => value is null ? new TypedNull(NpgsqlDbType.Text) : value;

    private string Now() => _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture);

    private int Execute(string sql, params (string Name, object? Value)[] parameters)
    {
        var started = Stopwatch.GetTimestamp();
        using var connection = _data.OpenConnection();
        AddTime(started);
        return Execute(connection, null, sql, parameters);
    }

    private int Execute(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var started = Stopwatch.GetTimestamp();
        using var cmd = Command(connection, tx, sql, parameters);
        var rows = cmd.ExecuteNonQuery();
        AddTime(started);
        return rows;
    }

    private object? Scalar(string sql, params (string Name, object? Value)[] parameters)
    {
        var started = Stopwatch.GetTimestamp();
        using var connection = _data.OpenConnection();
        AddTime(started);
        return Scalar(connection, null, sql, parameters);
    }

    private object? Scalar(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, params (string Name, object? Value)[] parameters)
    {
        var started = Stopwatch.GetTimestamp();
        using var cmd = Command(connection, tx, sql, parameters);
        var value = cmd.ExecuteScalar();
        AddTime(started);
        return value is DBNull ? null : value;
    }

    private List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read, params (string Name, object? Value)[] parameters)
    {
        var started = Stopwatch.GetTimestamp();
        using var connection = _data.OpenConnection();
        using var cmd = Command(connection, null, sql, parameters);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }

        AddTime(started);
        return list;
    }

    private void AddTime(long started) => Interlocked.Add(ref _databaseTicks, Stopwatch.GetElapsedTime(started).Ticks);

    private static NpgsqlCommand Command(NpgsqlConnection connection, NpgsqlTransaction? tx, string sql, (string Name, object? Value)[] parameters)
    {
        var cmd = new NpgsqlCommand(sql, connection, tx);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.Add(value switch
            {
                TypedNull typed => new NpgsqlParameter(name, typed.Type) { Value = DBNull.Value },
                null => new NpgsqlParameter(name, DBNull.Value),
                _ => new NpgsqlParameter(name, value),
            });
        }

        return cmd;
    }

    /// <summary>A null with the column type PostgreSQL cannot infer from the statement.</summary>
    private sealed record TypedNull(NpgsqlDbType Type);

    /// <summary>This worker's turn at a host; disposing it ends the request and starts the host's delay for everyone.</summary>
    private sealed class HostHold(PostgresStateStore store, string host, TimeSpan delay) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                store.Release(host, delay);
            }
        }
    }

    /// <summary>A session-level advisory lock, held as long as its connection.</summary>
    private sealed class SessionLock(PostgresStateStore store, NpgsqlConnection connection, long key) : IDisposable
    {
        public void Dispose()
        {
            try
            {
                store.Execute(connection, null, "SELECT pg_advisory_unlock(@k)", ("k", key));
            }
            catch (NpgsqlException)
            {
                // Closing the session releases it anyway.
            }

            connection.Dispose();
        }
    }
}
