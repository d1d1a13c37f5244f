using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Extractor.Benchmarks;

/// <summary>
/// <c>reparse N [--workers 1,2,4]</c>: re-reading N archived documents from a shared PostgreSQL state with 1, 2 and 4
/// worker processes (<c>extractor run --reparse</c>, one reader each), on a database of its own on the server of
/// EXTRACTOR_POSTGRES. Prints per run the wall time of the processes, the re-read phase (the slowest worker's), the
/// throughput and its ratio to one worker, and the time in the state database (claims and completions) per document.
/// </summary>
internal static partial class ReparseScaleRun
{
    public static async Task<int> RunAsync(int count, string[] args)
    {
        var server = Environment.GetEnvironmentVariable("EXTRACTOR_POSTGRES");
        if (string.IsNullOrEmpty(server))
        {
            await Console.Error.WriteLineAsync("reparse: set EXTRACTOR_POSTGRES to a connection string of a role that may create databases (source .ci/setup/50-postgres.sh)");
            return 2;
        }

        var workerCounts = args is ["--workers", var list] ? list.Split(',').Select(int.Parse).ToArray() : [1, 2, 4];
        var root = Path.GetDirectoryName(BenchmarkInputs.Fixture())!;
        var work = Directory.CreateTempSubdirectory("extractor-reparse-").FullName;
        var database = $"extractor_bench_{Guid.NewGuid():N}";
        Admin(server, $"CREATE DATABASE {database}");
        var connection = new NpgsqlConnectionStringBuilder(server) { Database = database }.ConnectionString;
        try
        {
            var extractor = await BuildExtractorAsync(root);
            var config = Prepare(work, connection, count);
            Console.WriteLine($"reparse of {count} archived documents (the demo site's 4 HTML reports, each copy made distinct); {Environment.ProcessorCount} cores; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            Console.WriteLine("workers  wall s  re-read s  docs/s  ×one  db ms/doc");
            double? one = null;
            foreach (var workers in workerCounts)
            {
                var (wall, phase, dbPerDoc, documents) = await RunOnceAsync(extractor, config, connection, workers);
                if (documents != count)
                {
                    throw new InvalidOperationException($"{workers} workers re-read {documents} documents, not {count}");
                }

                var throughput = count / phase;
                one ??= throughput;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{workers,7}  {wall,6:F1}  {phase,9:F1}  {throughput,6:F1}  {throughput / one,4:F2}  {dbPerDoc,9:F2}"));
            }

            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            Admin(server, $"DROP DATABASE IF EXISTS {database} WITH (FORCE)");
            Directory.Delete(work, recursive: true);
        }
    }

    // The state of a finished crawl of N report URLs, written directly: frontier, versions, and the raw archive.
    private static string Prepare(string work, string connection, int count)
    {
        var state = Path.Combine(work, "state");
        var archive = new RawArchive(state);
        var pages = Directory.GetFiles(BenchmarkInputs.Fixture("site", "reports"), "*.html").Order(StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        using (var store = new PostgresStateStore(new StateOptions { Provider = "postgres", ConnectionString = connection }, TimeProvider.System, NullLogger.Instance, "bench"))
        {
        }

        using var db = new NpgsqlConnection(connection);
        db.Open();
        using (var pass = new NpgsqlCommand("INSERT INTO passes(started_at, finished_at) VALUES ('2025-01-01T00:00:00Z', '2025-01-01T01:00:00Z')", db))
        {
            pass.ExecuteNonQuery();
        }

        using var tx = db.BeginTransaction();
        for (var i = 0; i < count; i++)
        {
            var bytes = pages[i % pages.Count].Concat(Encoding.UTF8.GetBytes($"\n<!-- copy {i} -->\n")).ToArray();
            var sha = archive.Put(bytes);
            var url = $"http://bench.test/reports/r{i:00000}.html";
            using var cmd = new NpgsqlCommand(
                """
                INSERT INTO frontier(url, source, kind, state, pass_id, sha256, content_type, updated_at, host) VALUES (@url, 'bench', 'report', 'parsed', 1, @sha, 'text/html', '2025-01-01T00:30:00Z', 'bench.test');
                INSERT INTO versions(url, sha256, pass_id, fetched_at, status, result_json) VALUES (@url, @sha, 1, '2025-01-01T00:30:00Z', 'parsed', '{}');
                """,
                db,
                tx);
            cmd.Parameters.AddWithValue("url", url);
            cmd.Parameters.AddWithValue("sha", sha);
            cmd.ExecuteNonQuery();
        }

        tx.Commit();
        var config = new JsonObject
        {
            ["sources"] = new JsonArray(new JsonObject { ["name"] = "bench", ["start"] = new JsonArray("http://bench.test/index.html") }),
            ["outputFolder"] = "out",
            ["stateFolder"] = "state",
            ["datasets"] = new JsonObject { ["workbook"] = false },
            ["concurrency"] = new JsonObject { ["readParallelism"] = 1 },
            ["state"] = new JsonObject { ["provider"] = "postgres", ["pollInterval"] = "00:00:00.200" },
        };
        var path = Path.Combine(work, "pipeline.json");
        File.WriteAllText(path, config.ToJsonString());
        return path;
    }

    private static async Task<(double Wall, double Phase, double DbPerDoc, int Documents)> RunOnceAsync(string extractor, string config, string connection, int workers)
    {
        var started = Stopwatch.GetTimestamp();
        var processes = Enumerable.Range(0, workers).Select(_ =>
        {
            var info = new ProcessStartInfo(extractor, ["run", "--reparse", "--config", config]) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
            info.Environment["EXTRACTOR_state__connectionString"] = connection;
            return Process.Start(info)!;
        }).ToList();
        var logs = await Task.WhenAll(processes.Select(async p =>
        {
            _ = p.StandardOutput.ReadToEndAsync();
            var errors = await p.StandardError.ReadToEndAsync();
            await p.WaitForExitAsync();
            return (p.ExitCode, errors);
        }));
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        processes.ForEach(p => p.Dispose());

        var documents = 0;
        var phase = 0.0;
        var dbMillis = 0.0;
        foreach (var (exit, errors) in logs)
        {
            var line = Reparsed().Match(errors);
            if (!line.Success)
            {
                throw new InvalidOperationException($"a worker exited {exit} without its re-read line:\n{errors}");
            }

            var n = int.Parse(line.Groups[1].Value, CultureInfo.InvariantCulture);
            documents += n;
            phase = Math.Max(phase, TimeSpan.Parse(line.Groups[2].Value, CultureInfo.InvariantCulture).TotalSeconds);
            dbMillis += n * double.Parse(line.Groups[3].Value, CultureInfo.InvariantCulture);
        }

        return (wall, phase, documents == 0 ? 0 : dbMillis / documents, documents);
    }

    private static async Task<string> BuildExtractorAsync(string root)
    {
        using var build = Process.Start(new ProcessStartInfo("dotnet", ["build", Path.Combine(root, "src", "Extractor.Worker"), "-c", "Release", "-v", "q", "-nologo"]) { UseShellExecute = false, RedirectStandardOutput = true })!;
        await build.StandardOutput.ReadToEndAsync();
        await build.WaitForExitAsync();
        var exe = Path.Combine(root, "artifacts", "bin", "Extractor.Worker", "release", "extractor");
        return build.ExitCode == 0 && File.Exists(exe) ? exe : throw new InvalidOperationException($"building src/Extractor.Worker failed (exit {build.ExitCode})");
    }

    private static void Admin(string server, string sql)
    {
        using var db = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Pooling = false }.ConnectionString);
        db.Open();
        using var cmd = new NpgsqlCommand(sql, db);
        cmd.ExecuteNonQuery();
    }

    [GeneratedRegex(@"Re-read (\d+) archived documents in ([0-9:.]+) .*state database ([0-9.]+) ms per document")]
    private static partial Regex Reparsed();
}
