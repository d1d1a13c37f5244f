using Npgsql;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>A database of its own for one test, on the server of EXTRACTOR_POSTGRES, dropped (with its sessions) on dispose.</summary>
internal sealed class TestDatabase : IDisposable
{
    public TestDatabase()
    {
        var server = ServerConnectionString
            ?? throw new InvalidOperationException("EXTRACTOR_REQUIRE_POSTGRES=1 but EXTRACTOR_POSTGRES is not set: the PostgreSQL tests cannot run");
        Name = $"extractor_test_{Guid.NewGuid():N}";
        Admin(server, $"CREATE DATABASE {Name}");
        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = Name }.ConnectionString;
    }

    public static string? ServerConnectionString => Environment.GetEnvironmentVariable("EXTRACTOR_POSTGRES") is { Length: > 0 } s ? s : null;

    public string Name { get; }

    public string ConnectionString { get; }

    public int Execute(string sql, params (string Name, object Value)[] parameters)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            cmd.Parameters.AddWithValue(name, value);
        }

        return cmd.ExecuteNonQuery();
    }

    public List<T> Query<T>(string sql, Func<NpgsqlDataReader, T> read)
    {
        using var connection = new NpgsqlConnection(ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        using var reader = cmd.ExecuteReader();
        var list = new List<T>();
        while (reader.Read())
        {
            list.Add(read(reader));
        }

        return list;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Admin(ServerConnectionString!, $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
    }

    private static void Admin(string server, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        connection.Open();
        using var cmd = new NpgsqlCommand(sql, connection);
        cmd.ExecuteNonQuery();
    }
}
