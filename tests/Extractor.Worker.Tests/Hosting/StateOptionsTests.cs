using Extractor.Worker.Hosting;
using Microsoft.Extensions.Configuration;

namespace Extractor.Worker.Tests.Hosting;

public sealed class StateOptionsTests
{
    private const string Secret = "s3cret-Pa55";

    [Fact]
    public void Validate_PostgresWithoutConnectionString_NamesTheKeyAndTheEnvironmentVariable()
    {
        var options = Valid();
        options.State = new StateOptions { Provider = "postgres" };

        var result = new PipelineOptionsValidator().Validate(null, options);

        Assert.False(result.Succeeded);
        Assert.Contains(result.Failures!, f => f.StartsWith("state:connectionString:", StringComparison.Ordinal) && f.Contains("EXTRACTOR_state__connectionString", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_UnknownProviderAndBadConnectionString_NeverPrintThePassword()
    {
        var unknown = Valid();
        unknown.State = new StateOptions { Provider = "mysql", ConnectionString = $"Host=db;Password={Secret}" };
        var broken = Valid();
        broken.State = new StateOptions { Provider = "postgres", ConnectionString = $"Host=db;Password={Secret};Frobnicate=yes" };
        var noHost = Valid();
        noHost.State = new StateOptions { Provider = "postgres", ConnectionString = $"Username=u;Password={Secret}" };

        var failures = new[] { unknown, broken, noHost }.SelectMany(o => new PipelineOptionsValidator().Validate(null, o).Failures ?? []).ToList();

        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("state:provider: 'mysql'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("state:connectionString: not a valid connection string", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("names no Host", StringComparison.Ordinal) && f.Contains("Password=***", StringComparison.Ordinal));
        Assert.All(failures, f => Assert.DoesNotContain(Secret, f, StringComparison.Ordinal));
    }

    [Fact]
    public void Mask_AnySpellingOfThePassword_IsReplaced()
    {
        Assert.Equal("Host=db;Username=u;Password=***", StateOptions.Mask($"Host=db;Username=u;Password={Secret}"));
        Assert.DoesNotContain(Secret, StateOptions.Mask($"host=db;PWD={Secret}"), StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, StateOptions.Mask($"Host=db;Password={Secret};Nonsense=1"), StringComparison.Ordinal);
        Assert.Equal(string.Empty, StateOptions.Mask(null));
    }

    [Fact]
    public void Bind_EnvironmentOverride_SetsProviderAndConnectionString()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["state:provider"] = "sqlite" })
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                // What AddEnvironmentVariables("EXTRACTOR_") makes of EXTRACTOR_state__provider and EXTRACTOR_state__connectionString.
                ["state:provider"] = "postgres",
                ["state:connectionString"] = "Host=db;Password=x",
            })
            .Build();
        var options = new PipelineOptions();
        configuration.Bind(options);

        Assert.True(options.State.IsPostgres);
        Assert.Equal("Host=db;Password=x", options.State.ConnectionString);
    }

    [Fact]
    public void Check_MisspelledStateKey_IsNamedWithTheNearestKey()
    {
        var path = Path.Combine(Path.GetTempPath(), $"pipeline-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "sources": [], "state": { "provider": "postgres", "conectionString": "Host=x" } }""");
        try
        {
            var problems = ConfigFileChecker.Check(path);

            Assert.Equal(["state:conectionString: unknown key; did you mean \"connectionString\"?"], problems);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static PipelineOptions Valid() => new()
    {
        Sources = [new SourceOptions { Name = "a", Start = ["http://x.gov.cn/"] }],
    };
}
