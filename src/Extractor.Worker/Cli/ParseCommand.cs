using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Output;

namespace Extractor.Worker.Cli;

/// <summary>The `parse` verb: reads local files and folders, prints JSON Lines and/or writes the datasets.</summary>
internal static class ParseCommand
{
    public static async Task<int> RunAsync(string[] args, Stream stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
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

        var parser = Readers.CreateParser();
        var results = new List<ReportResult>(files.Count);
        foreach (var file in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            byte[] bytes;
            try
            {
                bytes = await File.ReadAllBytesAsync(file, cancellationToken);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                failures++;
                await stderr.WriteLineAsync($"extractor: {file}: cannot read: {ex.Message}");
                continue;
            }

            var result = parser.Parse(new SourceDocument(file, bytes));
            if (result.Status == ReportStatus.Failed)
            {
                failures++;
                var why = result.Diagnostics.LastOrDefault(static d => d.Severity == Severity.Error)?.Message ?? "unreadable";
                await stderr.WriteLineAsync($"extractor: {file}: failed: {why}");
            }
            else
            {
                await stderr.WriteLineAsync($"extractor: {file}: {ReportJsonWriter.Name(result.Status)} (template {result.Template}, {result.Cells.Count} cells)");
            }

            results.Add(result);
        }

        var checkedResults = ReportParser.CheckAcross(results);
        if (json)
        {
            foreach (var result in checkedResults)
            {
                ReportJsonWriter.Write(stdout, result);
                stdout.WriteByte((byte)'\n');
            }

            await stdout.FlushAsync(cancellationToken);
        }

        if (outDir is not null)
        {
            await new DatasetWriter().WriteAsync(checkedResults, outDir, cancellationToken);
            await stderr.WriteLineAsync($"extractor: datasets for {checkedResults.Count} reports written to {outDir}");
        }

        return failures > 0 ? CommandLine.ExitSomeInputFailed : CommandLine.ExitOk;
    }
}
