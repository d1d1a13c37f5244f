namespace Extractor.Worker.State;

/// <summary>The SQLite state schema, version by version. Version 1 is the schema as it stood before versioning.</summary>
internal static class SqliteSchema
{
    public static readonly IReadOnlyList<Migration> Migrations =
    [
        new(1, "passes, frontier, versions, outcomes", """
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
                updated_at TEXT NOT NULL,
                host TEXT NOT NULL DEFAULT '',
                withdrawn_at TEXT);
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
                at TEXT NOT NULL,
                source TEXT NOT NULL DEFAULT '',
                requests INTEGER NOT NULL DEFAULT 0,
                millis INTEGER NOT NULL DEFAULT 0);
            CREATE INDEX IF NOT EXISTS frontier_host ON frontier(state, host, id);
            """),
        new(2, "re-reading the archive: reparse_runs, versions.reparsed_run and its lease", """
            CREATE TABLE reparse_runs(
                id INTEGER PRIMARY KEY,
                started_at TEXT NOT NULL,
                finished_at TEXT);
            ALTER TABLE versions ADD COLUMN reparsed_run INTEGER;
            ALTER TABLE versions ADD COLUMN lease_owner TEXT;
            ALTER TABLE versions ADD COLUMN lease_until TEXT;
            """),
    ];
}
