using System.Data.Common;
using System.Globalization;

namespace Extractor.Worker.State;

/// <summary>
/// Brings a state database to the newest schema: a <c>schema_version</c> table records each applied step, and the
/// steps newer than the recorded version run in order inside the caller's transaction, so a failure leaves the old
/// schema. A database made before versioning (tables but no <c>schema_version</c>) is first brought to version 1 by
/// <paramref name="legacyUpgrade"/>.
/// </summary>
internal static class SchemaMigrator
{
    /// <summary>Applies what is missing and returns the version the database is at afterwards.</summary>
    public static int Apply(
        DbConnection connection,
        DbTransaction transaction,
        IReadOnlyList<Migration> migrations,
        Func<bool> isLegacy,
        Action legacyUpgrade,
        string now)
    {
        Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_version(version INTEGER PRIMARY KEY, description TEXT NOT NULL, applied_at TEXT NOT NULL)");
        var current = Convert.ToInt32(Scalar(connection, transaction, "SELECT COALESCE(MAX(version), 0) FROM schema_version"), CultureInfo.InvariantCulture);
        if (current == 0 && isLegacy())
        {
            legacyUpgrade();
            Record(connection, transaction, 1, migrations[0].Description + " (upgraded from an unversioned state)", now);
            current = 1;
        }

        var newest = current;
        foreach (var migration in migrations.OrderBy(m => m.Version).Where(m => m.Version > current))
        {
            Execute(connection, transaction, migration.Sql);
            Record(connection, transaction, migration.Version, migration.Description, now);
            newest = migration.Version;
        }

        return newest;
    }

    private static void Record(DbConnection connection, DbTransaction transaction, int version, string description, string now)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = "INSERT INTO schema_version(version, description, applied_at) VALUES (@v, @d, @at)";
        Add(cmd, "@v", version);
        Add(cmd, "@d", description);
        Add(cmd, "@at", now);
        cmd.ExecuteNonQuery();
    }

    private static void Add(DbCommand cmd, string name, object value)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value;
        cmd.Parameters.Add(p);
    }

    private static void Execute(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(DbConnection connection, DbTransaction? transaction, string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.Transaction = transaction;
        cmd.CommandText = sql;
        return cmd.ExecuteScalar();
    }
}
