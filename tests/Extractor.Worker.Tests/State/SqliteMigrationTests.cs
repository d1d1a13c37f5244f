using Extractor.Worker.State;
using Microsoft.Data.Sqlite;

namespace Extractor.Worker.Tests.State;

public sealed class SqliteMigrationTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extractor-migrate-").FullName;

    private string DatabasePath => Path.Combine(_folder, "state.db");

    [Fact]
    public void Open_EmptyFolder_CreatesTheNewestSchemaAndRecordsEachStep()
    {
        using (var store = new StateStore(_folder, TimeProvider.System))
        {
            Assert.Equal(SqliteSchema.Migrations.Max(m => m.Version), store.SchemaVersion);
        }

        Assert.Equal([1L, 2L], Query("SELECT version FROM schema_version ORDER BY version", r => r.GetInt64(0)));
    }

    [Fact]
    public void Open_UnversionedStateFileOfTheFirstRelease_UpgradesKeepingEveryRow()
    {
        // The schema as the first release wrote it: no schema_version, none of the columns added later.
        Run("""
            CREATE TABLE passes(id INTEGER PRIMARY KEY, started_at TEXT NOT NULL, finished_at TEXT);
            CREATE TABLE frontier(id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE, source TEXT NOT NULL, kind TEXT NOT NULL,
                page INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, pass_id INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,
                etag TEXT, last_modified TEXT, sha256 TEXT, content_type TEXT, charset TEXT, reason TEXT, updated_at TEXT NOT NULL);
            CREATE TABLE versions(id INTEGER PRIMARY KEY, url TEXT NOT NULL, sha256 TEXT NOT NULL, pass_id INTEGER NOT NULL,
                fetched_at TEXT NOT NULL, status TEXT NOT NULL, result_json TEXT NOT NULL, UNIQUE(url, sha256));
            CREATE TABLE outcomes(id INTEGER PRIMARY KEY, pass_id INTEGER NOT NULL, url TEXT NOT NULL, state TEXT NOT NULL,
                http_status INTEGER, bytes INTEGER NOT NULL, reason TEXT, at TEXT NOT NULL);
            INSERT INTO passes VALUES (1, '2024-01-01T00:00:00Z', '2024-01-01T01:00:00Z');
            INSERT INTO frontier(url, source, kind, state, pass_id, sha256, updated_at) VALUES ('http://x.gov.cn/a.html', 's', 'report', 'parsed', 1, 'ab', '2024-01-01T00:30:00Z');
            INSERT INTO versions(url, sha256, pass_id, fetched_at, status, result_json) VALUES ('http://x.gov.cn/a.html', 'ab', 1, '2024-01-01T00:30:00Z', 'parsed', '{"a":1}');
            INSERT INTO outcomes(pass_id, url, state, bytes, at) VALUES (1, 'http://x.gov.cn/a.html', 'parsed', 10, '2024-01-01T00:30:00Z');
            """);

        using (var store = new StateStore(_folder, TimeProvider.System))
        {
            Assert.Equal(2, store.SchemaVersion);
            Assert.Equal([("http://x.gov.cn/a.html", "parsed", """{"a":1}""", (string?)null)], store.CurrentResults().ToList());
            Assert.False(store.HasOpenPass());
        }

        Assert.Equal(["x.gov.cn"], Query("SELECT host FROM frontier", r => r.GetString(0)));
        Assert.Equal([1L, 2L], Query("SELECT version FROM schema_version ORDER BY version", r => r.GetInt64(0)));
        Assert.Equal([0L], Query("SELECT requests FROM outcomes", r => r.GetInt64(0)));
    }

    [Fact]
    public void Open_AtVersionOne_AppliesOnlyTheNewerSteps()
    {
        Run("CREATE TABLE schema_version(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL);");
        Run(SqliteSchema.Migrations.Single(m => m.Version == 1).Sql);
        Run("""
            INSERT INTO schema_version VALUES (1, 'v1', '2025-01-01T00:00:00Z');
            INSERT INTO frontier(url, source, kind, state, pass_id, sha256, updated_at, host) VALUES ('http://x.gov.cn/a.html', 's', 'report', 'parsed', 1, 'ab', 'now', 'x.gov.cn');
            INSERT INTO versions(url, sha256, pass_id, fetched_at, status, result_json) VALUES ('http://x.gov.cn/a.html', 'ab', 1, 'now', 'parsed', '{}');
            """);

        using (var store = new StateStore(_folder, TimeProvider.System))
        {
            Assert.Equal(2, store.SchemaVersion);
            var run = store.BeginReparse();
            Assert.Equal(1, store.ReparseLeft(run));
        }

        Assert.Equal(["v1"], Query("SELECT description FROM schema_version WHERE version = 1", r => r.GetString(0)));
    }

    [Fact]
    public void Open_Twice_AppliesNothingTheSecondTime()
    {
        using (new StateStore(_folder, TimeProvider.System))
        {
        }

        using (var again = new StateStore(_folder, TimeProvider.System))
        {
            Assert.Equal(2, again.SchemaVersion);
        }

        Assert.Equal(2L, Query("SELECT COUNT(*) FROM schema_version", r => r.GetInt64(0)).Single());
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private void Run(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={DatabasePath};Pooling=False");
        connection.Open();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }

        return list;
    }
}
