using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using System.Security.Cryptography;
using System.Text;
using Extractor.Core.Checks;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Output;
using Extractor.Worker.Cli;

namespace Extractor.Benchmarks;

/// <summary>
/// One measured run of the dataset writer at scale: the report fixtures are read once, then replicated lazily (each
/// copy a new source and, per round of copies, a new agency) up to the count asked for, checked across reports in two streaming passes
/// and written as CSV, Parquet and the workbook (the options of `parse`, e.g. `--partition-by year`, apply). Prints wall
/// time, peak working set and allocations, and at every tenth of each pass the managed heap and working set, so that a
/// figure growing with the count shows in which pass it grows (the first builds the cross-report index, the second writes).
/// `--hash` prints the SHA-256 of every file written, to prove a change leaves the bytes alone; `--content` the hash of
/// every Parquet file's values whatever its row groups (see <see cref="ParquetContent"/>); `--buffer-mib N` and
/// `--row-group-mib N` set the Parquet budgets (ParquetBufferBytes, ParquetRowGroupBytes) to compare them; `--keep` leaves the output; `--csv-only` turns Parquet and the workbook off; `--live` collects fully before each tenth's figures, so
/// they show what is reachable.
/// Run: `dotnet run -c Release --project tests/Extractor.Benchmarks -- datasets 10000 [--partition-by year] [--no-workbook] [--hash] [--content] [--keep] [--live] [--csv-only] [--buffer-mib N] [--row-group-mib N]`.
/// </summary>
internal static class DatasetScaleRun
{
    private static bool s_live;

    public static async Task<int> RunAsync(int count, string[] options)
    {
        var hash = options.Contains("--hash");
        var keep = options.Contains("--keep");
        s_live = options.Contains("--live");
        var csvOnly = options.Contains("--csv-only");
        var content = options.Contains("--content");
        var bufferMib = TakeNumber(ref options, "--buffer-mib");
        var rowGroupMib = TakeNumber(ref options, "--row-group-mib");
        options = [.. options.Where(static o => o is not ("--hash" or "--keep" or "--live" or "--csv-only" or "--content"))];
        if (!DatasetArguments.TryExtract(options, out var rest, out var writerOptions, out var error) || rest.Length > 0)
        {
            Console.Error.WriteLine(error.Length > 0 ? error : $"unknown options: {string.Join(' ', rest)}");
            return 2;
        }

        var parser = Readers.CreateParser();
        // Paths relative to the fixtures folder, so that two checkouts give the same report ids and the same bytes.
        var seeds = Directory.EnumerateFiles(BenchmarkInputs.Fixture(), "*", SearchOption.AllDirectories)
            .Where(static f => !f.Contains(".expected", StringComparison.Ordinal) && Path.GetExtension(f) is ".txt" or ".html" or ".pdf")
            .Order(StringComparer.Ordinal)
            .Select(f => parser.Parse(new SourceDocument(Path.GetRelativePath(BenchmarkInputs.Fixture(), f), File.ReadAllBytes(f))))
            .Where(static r => r.Cells.Count > 0)
            .ToList();
        if (csvOnly)
        {
            // Parquet (and the workbook, read from it) off: separates what the Parquet writers hold from the rest.
            writerOptions = writerOptions with { WriteParquet = false, WriteWorkbook = false };
        }

        // Budgets to compare without a rebuild; the defaults are the product's.
        if (bufferMib is { } buffer)
        {
            writerOptions = writerOptions with { ParquetBufferBytes = (long)buffer << 20 };
        }

        if (rowGroupMib is { } rowGroup)
        {
            writerOptions = writerOptions with { ParquetRowGroupBytes = (long)rowGroup << 20 };
        }

        var readingPeak = StartWritingPhase();
        var output = Path.Combine(Path.GetTempPath(), "extractor-scale-" + Guid.NewGuid().ToString("N"));
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();

        var pass = 0;
        var reports = ReportChecker.CheckAcrossStreaming(() => Replicate(seeds, count, ++pass));
        await using (StartSampler(clock))
        {
            await new DatasetWriter(writerOptions).WriteAsync(reports, output);
        }

        clock.Stop();
        using var process = Process.GetCurrentProcess();
        var size = new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories).Sum(static f => f.Length);
        foreach (var file in new DirectoryInfo(output).EnumerateFiles().Where(static f => f.Length > 1 << 20).OrderBy(static f => f.Name, StringComparer.Ordinal))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {file.Name}: {file.Length / (1024.0 * 1024):0.0} MiB"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"datasets: {count} reports ({seeds.Count} fixture reports replicated), {seeds.Sum(static s => s.Cells.Count) * count / seeds.Count} cells; " +
            $"wall {clock.Elapsed.TotalSeconds:0.0} s, CPU {process.TotalProcessorTime.TotalSeconds:0.0} s (whole process); peak working set of the dataset writing {process.PeakWorkingSet64 / (1024 * 1024)} MiB " +
            $"({(readingPeak is null ? "not separable on this system: whole process" : $"reading the fixtures before: {readingPeak / (1024 * 1024)} MiB")}); " +
            $"allocated {(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore) / (1024 * 1024)} MiB; output {size / (1024 * 1024)} MiB in {output}"));
        if (hash)
        {
            foreach (var file in new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories).OrderBy(f => Path.GetRelativePath(output, f.FullName), StringComparer.Ordinal))
            {
                await using var stream = file.OpenRead();
                Console.WriteLine($"  {Convert.ToHexStringLower(await SHA256.HashDataAsync(stream))}  {Path.GetRelativePath(output, file.FullName)}");
            }
        }

        if (content)
        {
            await ParquetContent.PrintAsync(output);
        }

        if (!keep)
        {
            Directory.Delete(output, recursive: true);
        }

        return 0;
    }

    private static int? TakeNumber(ref string[] options, string name)
    {
        var at = Array.IndexOf(options, name);
        if (at < 0 || at + 1 >= options.Length || !int.TryParse(options[at + 1], CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }

        options = [.. options[..at], .. options[(at + 2)..]];
        return value;
    }

    private static IEnumerable<ReportResult> Replicate(IReadOnlyList<ReportResult> seeds, int count, int pass)
    {
        for (var i = 0; i < count; i++)
        {
            if (i % Math.Max(1, count / 10) == 0)
            {
                Progress(pass, i);
            }

            // Each round of copies stands for other agencies, so that the cross-year pairs stay one-to-one as in a crawl.
            var seed = seeds[i % seeds.Count];
            var round = i / seeds.Count;
            var uri = string.Create(CultureInfo.InvariantCulture, $"{seed.Source.Uri}#copy-{i}");
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uri)));
            var agency = seed.AgencySimplified is null ? null : string.Create(CultureInfo.InvariantCulture, $"{seed.AgencySimplified}{round}");
            yield return seed with { Source = seed.Source with { Uri = uri, Sha256 = sha }, Agency = agency, AgencySimplified = agency };
        }

        // The end of the pass: after the second, what the peak still gains is the files' completion and the workbook.
        Progress(pass, count);
    }

    // Reading the fixtures (PDF fonts, HTML parsing) is not what is measured: its garbage is collected and, on Linux,
    // the kernel's peak resident set is reset (clear_refs 5), so the peak printed at the end is the dataset writing's.
    // Returns the peak before the reset, or null where it cannot be reset.
    private static long? StartWritingPhase()
    {
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        using var process = Process.GetCurrentProcess();
        var before = process.PeakWorkingSet64;
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return before;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Every 2 s, the working set and its peak when the peak rose by 2 MiB or more (else every 30 s), so that a phase
    // after the last pass (completing the files, the workbook) shows its own figures.
    private static Timer StartSampler(Stopwatch clock)
    {
        long shownPeak = 0;
        var shownAt = TimeSpan.Zero;
        return new Timer(_ =>
        {
            using var process = Process.GetCurrentProcess();
            var peak = process.PeakWorkingSet64;
            if (peak - shownPeak < 2 << 20 && clock.Elapsed - shownAt < TimeSpan.FromSeconds(30))
            {
                return;
            }

            shownPeak = peak;
            shownAt = clock.Elapsed;
            Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  at {clock.Elapsed.TotalSeconds:0} s: heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} MiB, working set {process.WorkingSet64 / (1024 * 1024)} MiB, peak {peak / (1024 * 1024)} MiB"));
        }, null, TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(2));
    }

    private static void Progress(int pass, int done)
    {
        if (s_live)
        {
            // A full collection first: the heap printed is then what is reachable, not garbage waiting for gen 2.
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        }

        using var process = Process.GetCurrentProcess();
        Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  pass {pass} at {done}: heap {GC.GetGCMemoryInfo().HeapSizeBytes / (1024 * 1024)} MiB, working set {process.WorkingSet64 / (1024 * 1024)} MiB, peak {process.PeakWorkingSet64 / (1024 * 1024)} MiB"));
    }
}
