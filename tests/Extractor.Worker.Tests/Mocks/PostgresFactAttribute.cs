namespace Extractor.Worker.Tests.Mocks;

/// <summary>
/// A test against a real PostgreSQL server (EXTRACTOR_POSTGRES, a connection string of a role that may create
/// databases; .ci/setup/50-postgres.sh starts one). Skipped, visibly, when it is unset, unless
/// EXTRACTOR_REQUIRE_POSTGRES=1 says the server must be there: then the test runs and fails.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.ServerConnectionString is null && Environment.GetEnvironmentVariable("EXTRACTOR_REQUIRE_POSTGRES") != "1")
        {
            Skip = "no PostgreSQL: set EXTRACTOR_POSTGRES to a connection string (source .ci/setup/50-postgres.sh starts a private server)";
        }
    }
}

/// <summary>The same, for theories.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class PostgresTheoryAttribute : TheoryAttribute
{
    public PostgresTheoryAttribute()
    {
        if (TestDatabase.ServerConnectionString is null && Environment.GetEnvironmentVariable("EXTRACTOR_REQUIRE_POSTGRES") != "1")
        {
            Skip = "no PostgreSQL: set EXTRACTOR_POSTGRES to a connection string (source .ci/setup/50-postgres.sh starts a private server)";
        }
    }
}
