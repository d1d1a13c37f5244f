using Npgsql;

namespace Extractor.Worker.Hosting;

/// <summary>
/// Where the crawl state lives: the SQLite file in <see cref="PipelineOptions.StateFolder"/> (the default, one worker),
/// or a PostgreSQL database that any number of workers share (leased work, politeness coordinated in the database).
/// </summary>
internal sealed class StateOptions
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    /// <summary><c>sqlite</c> (default) or <c>postgres</c>.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>
    /// The Npgsql connection string for <c>postgres</c> (<c>Host=…;Port=…;Username=…;Password=…;Database=…</c>); better set
    /// from the environment (<c>EXTRACTOR_state__connectionString</c>) than written into pipeline.json. Never printed.
    /// </summary>
    public string? ConnectionString { get; set; }

    /// <summary>How long a claimed item stays a worker's without renewal; a crashed worker's items return after it. Default 2 min.</summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often a worker with nothing to claim looks again while other workers still hold items. Default 2 s.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);

    /// <summary>The connection string with its password replaced by <c>***</c>, for logs and errors.</summary>
    public string MaskedConnectionString => Mask(ConnectionString);

    /// <summary>A connection string fit to print: the password (under any of its spellings) replaced by <c>***</c>.</summary>
    public static string Mask(string? connectionString)
    {
        if (string.IsNullOrEmpty(connectionString))
        {
            return string.Empty;
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            if (!string.IsNullOrEmpty(builder.Password))
            {
                builder.Password = "***";
            }

            return builder.ConnectionString;
        }
        catch (ArgumentException)
        {
            // Not parsable: print nothing of it, since the password could be anywhere in it.
            return "(unparsable connection string, not shown)";
        }
    }
}
