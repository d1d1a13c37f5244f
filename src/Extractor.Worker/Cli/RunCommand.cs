using Extractor.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Cli;

/// <summary>The <c>run</c> verb: crawl the sources of pipeline.json once (<c>--once</c>) or on its schedule.</summary>
internal static class RunCommand
{
    private const string Usage = "usage: extractor run [--config FILE] [--once | --reparse]";

    public static async Task<int> RunAsync(string[] args, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(args);
        string? config = null;
        var once = false;
        var reparse = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--once":
                    once = true;
                    break;
                case "--reparse":
                    reparse = true;
                    break;
                case "--config" when i + 1 < args.Length:
                    config = args[++i];
                    break;
                case "-h" or "--help":
                    await Console.Error.WriteLineAsync(Usage).ConfigureAwait(false);
                    return 0;
                default:
                    await Console.Error.WriteLineAsync($"run: unexpected argument '{args[i]}'\n{Usage}").ConfigureAwait(false);
                    return 2;
            }
        }

        if (once && reparse)
        {
            await Console.Error.WriteLineAsync($"run: --once and --reparse exclude each other (--reparse is always one run)\n{Usage}").ConfigureAwait(false);
            return 2;
        }

        var configPath = config is null ? FindDefaultConfig() : Path.GetFullPath(config);
        if (!File.Exists(configPath))
        {
            await Console.Error.WriteLineAsync($"run: {configPath} not found; run from the folder that holds pipeline.json or pass --config FILE.").ConfigureAwait(false);
            return 2;
        }

        // Syntax errors with their line and column, and misspelled keys, before the binder would ignore them.
        var problems = ConfigFileChecker.Check(configPath);
        if (problems.Count > 0)
        {
            await Console.Error.WriteLineAsync($"{configPath} is not valid; fix these keys:\n  " + string.Join("\n  ", problems)).ConfigureAwait(false);
            return 2;
        }

        var settings = new RunSettings { ConfigPath = configPath, Once = once, Reparse = reparse };
        IHost host;
        try
        {
            host = Build(settings);

            // Bind and validate now, so a bad pipeline.json stops here with exit code 2 instead of inside the host.
            _ = host.Services.GetRequiredService<IOptions<PipelineOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            await Console.Error.WriteLineAsync($"{configPath} is not valid; fix these keys:\n  " + string.Join("\n  ", ex.Failures)).ConfigureAwait(false);
            return 2;
        }
        catch (Exception ex) when (ex is InvalidDataException or FormatException or InvalidOperationException)
        {
            // JSON syntax errors and values of the wrong type (e.g. "perHostDelay": "soon") land here, with the key in the message.
            await Console.Error.WriteLineAsync($"{configPath} is not valid: {ex.Message}{(ex.InnerException is null ? string.Empty : " " + ex.InnerException.Message)}").ConfigureAwait(false);
            return 2;
        }

        using (host)
        {
            // Open the state now (migrating its schema), so an unreachable database is one clear line, its password masked.
            try
            {
                _ = host.Services.GetRequiredService<State.IStateStore>();
            }
            catch (Exception ex) when (ex is Npgsql.NpgsqlException or System.Net.Sockets.SocketException or TimeoutException or Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
            {
                var state = host.Services.GetRequiredService<IOptions<PipelineOptions>>().Value.State;
                var where = state.IsPostgres ? "PostgreSQL at " + state.MaskedConnectionString : "SQLite in " + host.Services.GetRequiredService<PipelinePaths>().StateFolder;
                await Console.Error.WriteLineAsync($"run: cannot open the crawl state ({where}): {ex.Message}").ConfigureAwait(false);
                return 1;
            }

            await host.RunAsync(ct).ConfigureAwait(false);
        }

        return settings.ExitCode;
    }

    /// <summary>
    /// pipeline.json in the current folder or the nearest folder above it: <c>dotnet run --project</c> starts the
    /// program in the project folder, below the repository root that holds the file.
    /// </summary>
    private static string FindDefaultConfig()
    {
        for (var dir = new DirectoryInfo(Environment.CurrentDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "pipeline.json");
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return Path.GetFullPath("pipeline.json");
    }

    private static IHost Build(RunSettings settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            DisableDefaults = true,
            ContentRootPath = settings.ConfigDirectory,
        });
        builder.Configuration.AddJsonFile(settings.ConfigPath, optional: false, reloadOnChange: false);
        builder.Configuration.AddEnvironmentVariables("EXTRACTOR_");

        builder.Logging.ClearProviders();
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        builder.Logging.AddFilter("System.Net.Http.HttpClient", LogLevel.Warning);
        // Polly logs each retry at warning with the whole stack trace; the worker logs one line per retry instead.
        builder.Logging.AddFilter("Polly", LogLevel.None);
        builder.Logging.AddFilter("Microsoft.Hosting.Lifetime", LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });

        // Everything the worker says goes to standard error; standard output stays free for data.
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromMinutes(2));
        builder.Services.AddCrawlWorker(builder.Configuration, settings);
        return builder.Build();
    }
}
