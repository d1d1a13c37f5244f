namespace Extractor.Worker.State;

/// <summary>
/// The PostgreSQL state schema, version by version: SQLite's tables, plus what sharing needs (leases on frontier items,
/// the per-host politeness ledger). Times the crawl reports keep SQLite's ISO text; lease and politeness times are the
/// database's own clock, so workers on machines with skewed clocks still agree.
/// </summary>
internal static class PostgresSchema
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "passes, frontier with leases, versions, outcomes, hosts", """
            CREATE TABLE passes(
                id BIGSERIAL PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT);
            CREATE TABLE frontier(
                id BIGSERIAL PRIMARY KEY,
                url TEXT NOT NULL UNIQUE,
                source TEXT NOT NULL,
                kind TEXT NOT NULL,
                page INTEGER NOT NULL DEFAULT 0,
                state TEXT NOT NULL,
                pass_id BIGINT NOT NULL,
                attempts INTEGER NOT NULL DEFAULT 0,
                etag TEXT,
                last_modified TEXT,
                sha256 TEXT,
                content_type TEXT,
                charset TEXT,
                reason TEXT,
                updated_at TEXT NOT NULL,
                host TEXT NOT NULL DEFAULT '',
                withdrawn_at TEXT,
                lease_owner TEXT,
                lease_until TIMESTAMPTZ);
            CREATE INDEX frontier_host ON frontier(state, host, id);
            CREATE INDEX frontier_lease ON frontier(lease_owner) WHERE lease_owner IS NOT NULL;
            CREATE TABLE versions(
                id BIGSERIAL PRIMARY KEY,
                url TEXT NOT NULL,
                sha256 TEXT NOT NULL,
                pass_id BIGINT NOT NULL,
                fetched_at TEXT NOT NULL,
                status TEXT NOT NULL,
                result_json TEXT NOT NULL,
                UNIQUE(url, sha256));
            CREATE TABLE outcomes(
                id BIGSERIAL PRIMARY KEY,
                pass_id BIGINT NOT NULL,
                url TEXT NOT NULL,
                state TEXT NOT NULL,
                http_status INTEGER,
                bytes BIGINT NOT NULL,
                reason TEXT,
                at TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT '',
                requests INTEGER NOT NULL DEFAULT 0,
                millis BIGINT NOT NULL DEFAULT 0,
                worker TEXT);
            CREATE TABLE hosts(
                host TEXT PRIMARY KEY,
                next_at TIMESTAMPTZ NOT NULL DEFAULT '1970-01-01Z',
                holder TEXT,
                held_until TIMESTAMPTZ,
                delay_ms BIGINT NOT NULL DEFAULT 0,
                paused_until TIMESTAMPTZ);
            """),
        new(2, "re-reading the archive: reparse_runs, versions.reparsed_run and its lease", """
            CREATE TABLE reparse_runs(
                id BIGSERIAL PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT);
            ALTER TABLE versions ADD COLUMN reparsed_run BIGINT;
            ALTER TABLE versions ADD COLUMN lease_owner TEXT;
            ALTER TABLE versions ADD COLUMN lease_until TIMESTAMPTZ;
            """),
    ];
}
