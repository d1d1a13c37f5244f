using System.Text.Json;
using System.Text.Json.Nodes;
using Extractor.Testing;
using Extractor.Worker.Crawling;
using Extractor.Worker.Hosting;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>A pipeline.json in a temp folder with fast politeness settings, and the worker's services built from it.</summary>
internal sealed class TestPipeline : IDisposable
{
    private ServiceProvider? _services;

    public TestPipeline(string startUrl, Action<JsonObject>? edit = null)
    {
        Folder = Directory.CreateTempSubdirectory("extractor-worker-").FullName;
        var config = DefaultConfig(startUrl);
        edit?.Invoke(config);
        ConfigPath = Path.Combine(Folder, "pipeline.json");
        File.WriteAllText(ConfigPath, config.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }

    public string Folder { get; }

    public string ConfigPath { get; }

    public string StatePath => Path.Combine(Folder, "state", "state.db");

    public static string DemoSite => TestPaths.Fixture("site");

    public static JsonObject DefaultConfig(string startUrl) => new()
    {
        ["sources"] = new JsonArray(new JsonObject
        {
            ["name"] = "test",
            ["start"] = new JsonArray(startUrl),
            ["allowedHosts"] = new JsonArray("127.0.0.1"),
        }),
        ["outputFolder"] = "out",
        ["stateFolder"] = "state",
        ["userAgent"] = "ExtractorTest/1.0",
        ["politeness"] = new JsonObject { ["perHostDelay"] = "00:00:00.010" },
        ["limits"] = new JsonObject
        {
            // Far above any answer's time on a loaded machine: no test may depend on how fast the box is. Tests of the
            // timeouts themselves set their own (DocumentTimeoutTests).
            ["requestTimeout"] = "00:02:00",
            ["documentTimeout"] = "00:05:00",
            ["retryBaseDelay"] = "00:00:00.050",
            ["maxRetries"] = 3,
        },
    };

    /// <summary>Runs one pass in this process, with fresh services each time (as a new process would have).</summary>
    public Task<PassOutcome> RunPassAsync(CancellationToken cancellationToken = default) => RunPassAsync(null, cancellationToken);

    /// <summary>Runs one pass with test replacements (a fake clock, a connect callback) registered after the worker's own.</summary>
    public async Task<PassOutcome> RunPassAsync(Action<IServiceCollection>? configure, CancellationToken cancellationToken = default)
    {
        _services?.Dispose();
        var configuration = new ConfigurationBuilder().AddJsonFile(ConfigPath).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddCrawlWorker(configuration, new RunSettings { ConfigPath = ConfigPath, Once = true });
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        return await _services.GetRequiredService<Crawler>().RunPassAsync(cancellationToken);
    }

    /// <summary>Each frontier URL's state and reason.</summary>
    public Dictionary<string, (string State, string? Reason)> Frontier()
        => Query("SELECT url, state, reason FROM frontier", r => (r.GetString(0), (r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2))))
            .ToDictionary(p => p.Item1, p => p.Item2);

    /// <summary>Every stored version as "url sha json", sorted: the stored results to compare between runs.</summary>
    public List<string> Versions()
        => [.. Query("SELECT url, sha256, result_json FROM versions", r => $"{r.GetString(0)} {r.GetString(1)} {r.GetString(2)}").Order(StringComparer.Ordinal)];

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> read)
    {
        using var connection = new SqliteConnection($"Data Source={StatePath};Pooling=False");
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

    public void Dispose()
    {
        _services?.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
