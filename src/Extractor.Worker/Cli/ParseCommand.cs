using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Output;
using Extractor.Worker.Progress;
using Extractor.Worker.Publishing;

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

        if (outDir is not null && DatasetWriter.IsForeignFolder(outDir))
        {
            // Refused before any work: nothing the user owns is replaced.
            await stderr.WriteLineAsync($"extractor: --out {DatasetWriter.RefusalReason(outDir)}");
            return CommandLine.ExitUsage;
        }

        var missing = new List<string>();
        var files = InputFiles.List(paths, missing).Select(static f => new InputFile(f)).ToList();
        var failures = missing.Count;
        foreach (var path in missing)
        {
            await stderr.WriteLineAsync($"extractor: {path}: no such file or folder");
        }

        var options = Readers.OptionsFromEnvironment(out var optionsError);
        if (options is null)
        {
            return await CommandLine.UsageErrorAsync(optionsError!);
        }

        // Documents are read in parallel and come back in input order; each is spooled as JSON as it arrives while
        // the cross-report index keeps only what those rules need, then the spool is streamed once to the outputs.
        var pipeline = Readers.CreateParser(options);
        JsonlSpool spool;
        try
        {
            spool = JsonlSpool.Create();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"extractor: cannot create the temporary spool file: {ex.Message}");
            return CommandLine.ExitSomeInputFailed;
        }

        using var spoolScope = spool;
        using var index = new CrossReportIndex();
        using var progress = ProgressReporter.ForBatch(stderr, "files", files.Count, TimeProvider.System);
        try
        {
            await foreach (var (file, result) in pipeline.ParseAllAsync(files, LoadAsync, cancellationToken))
            {
                progress?.UnitDone();
                progress?.DocumentDone(result is null || result.Status == ReportStatus.Failed);
                if (result is null)
                {
                    failures++;
                    await stderr.WriteLineAsync($"extractor: {file.Path}: cannot read: {file.Error}");
                    continue;
                }

                if (result.Status == ReportStatus.Failed)
                {
                    failures++;
                    var why = result.Diagnostics.LastOrDefault(static d => d.Severity == Severity.Error)?.Message ?? "unreadable";
                    await stderr.WriteLineAsync($"extractor: {file.Path}: failed: {why}");
                }
                else
                {
                    await stderr.WriteLineAsync($"extractor: {file.Path}: {ReportJsonWriter.Name(result.Status)} (template {result.Template}, {result.Cells.Count} cells)");
                }

                spool.Add(result);
                index.Add(result);
            }

            progress?.Finish();

            var written = await ReportPublisher.PublishAsync(
                spool, index, json ? stdout : null, outDir is null ? null : new DatasetWriter(datasetOptions), outDir, onReport: null, cancellationToken);
            if (outDir is not null)
            {
                await stderr.WriteLineAsync($"extractor: datasets for {written} reports written to {outDir}");
                await ReportCommand.BuildAsync(outDir, Path.Combine(outDir, "site"), stderr, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await stderr.WriteLineAsync("extractor: interrupted; nothing was written");
            return CommandLine.ExitInterrupted;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A full or read-only disk, a file in the way: a message, not a stack trace; the dataset is swapped in
            // only once complete, so any dataset there before is unchanged.
            var what = outDir is null ? "the output" : $"the datasets to {outDir}";
            await stderr.WriteLineAsync($"extractor: cannot write {what}: {ex.Message} (any dataset there before is unchanged)");
            return CommandLine.ExitSomeInputFailed;
        }

        return failures > 0 ? CommandLine.ExitSomeInputFailed : CommandLine.ExitOk;
    }

    private static async Task<SourceDocument?> LoadAsync(InputFile file, CancellationToken cancellationToken)
    {
        try
        {
            return new SourceDocument(file.Path, await File.ReadAllBytesAsync(file.Path, cancellationToken));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            file.Error = ex.Message;
            return null;
        }
    }

    /// <summary>One input file and, once loading failed, why.</summary>
    private sealed class InputFile(string path)
    {
        public string Path { get; } = path;

        public string? Error { get; set; }
    }
}
