using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Output;
using Extractor.Worker.State;

namespace Extractor.Worker.Cli;

/// <summary>The `parse` verb: reads local files and folders, prints JSON Lines and/or writes the datasets.</summary>
internal static class ParseCommand
{
    public static async Task<int> RunAsync(string[] args, Stream stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        if (!DatasetArguments.TryExtract(args, out args, out var datasetOptions, out var datasetError))
        {
            return await CommandLine.UsageErrorAsync(datasetError);
        }

        var json = false;
        string? outDir = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--out" when i + 1 < args.Length:
                    outDir = args[++i];
                    break;
                case "--out":
                    return await CommandLine.UsageErrorAsync("--out needs a folder");
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    return await CommandLine.UsageErrorAsync($"unknown option '{option}' for parse");
                default:
                    paths.Add(args[i]);
                    break;
            }
        }

        if (paths.Count == 0)
        {
            return await CommandLine.UsageErrorAsync("parse needs at least one file or folder");
        }

        if (!json && outDir is null)
        {
            return await CommandLine.UsageErrorAsync("parse needs --json, --out DIR or both");
        }

        var failures = 0;
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(static f => !Path.GetFileName(f).StartsWith('.'))
                    .Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                failures++;
                await stderr.WriteLineAsync($"extractor: {path}: no such file or folder");
            }
        }

        // Each result is spooled to a temporary JSON Lines file as it is read, then streamed back twice (cross-report
        // rules, then output), so a large set never sits in memory at once.
        var spool = Path.Combine(Path.GetTempPath(), $"extractor-parse-{Guid.NewGuid():N}.jsonl");
        try
        {
            var parser = Readers.CreateParser();
            await using (var writer = File.Create(spool))
            {
                foreach (var file in files)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var result = await ReadOneAsync(parser, file, stderr, cancellationToken);
                    if (result is null || result.Status == ReportStatus.Failed)
                    {
                        failures++;
                    }

                    if (result is not null)
                    {
                        ReportJsonWriter.Write(writer, result);
                        writer.WriteByte((byte)'\n');
                    }
                }
            }

            var reports = ReportChecker.CheckAcrossStreaming(() => File.ReadLines(spool).Select(ReportJsonReader.Read));
            if (json)
            {
                reports = Echo(reports, stdout);
            }

            if (outDir is not null)
            {
                var written = 0;
                await new DatasetWriter(datasetOptions).WriteAsync(reports.Select(r => { written++; return r; }), outDir, cancellationToken);
                await stderr.WriteLineAsync($"extractor: datasets for {written} reports written to {outDir}");
            }
            else
            {
                // Enumerating is what prints the JSON lines.
                _ = reports.Count();
            }

            await stdout.FlushAsync(cancellationToken);
        }
        finally
        {
            File.Delete(spool);
        }

        return failures > 0 ? CommandLine.ExitSomeInputFailed : CommandLine.ExitOk;
    }

    private static async Task<ReportResult?> ReadOneAsync(ReportParser parser, string file, TextWriter stderr, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = await File.ReadAllBytesAsync(file, cancellationToken);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"extractor: {file}: cannot read: {ex.Message}");
            return null;
        }

        var result = parser.Parse(new SourceDocument(file, bytes));
        if (result.Status == ReportStatus.Failed)
        {
            var why = result.Diagnostics.LastOrDefault(static d => d.Severity == Severity.Error)?.Message ?? "unreadable";
            await stderr.WriteLineAsync($"extractor: {file}: failed: {why}");
        }
        else
        {
            await stderr.WriteLineAsync($"extractor: {file}: {ReportJsonWriter.Name(result.Status)} (template {result.Template}, {result.Cells.Count} cells)");
        }

        return result;
    }

    private static IEnumerable<ReportResult> Echo(IEnumerable<ReportResult> reports, Stream stdout)
    {
        foreach (var report in reports)
        {
            ReportJsonWriter.Write(stdout, report);
            stdout.WriteByte((byte)'\n');
            yield return report;
        }
    }
}
