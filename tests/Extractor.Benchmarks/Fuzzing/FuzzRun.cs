using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Output;
using Extractor.Worker.Cli;

namespace Extractor.Benchmarks.Fuzzing;

/// <summary>
/// Mutation fuzzing of the whole pipeline in-process: each mutant is read, mapped and checked, written as JSON and
/// read back; every batch of mutants goes through the cross-report checks and the dataset writers (CSV, Parquet).
/// An exception escaping any stage is a crash; a mutant still running after the timeout is a hang.
/// </summary>
internal sealed class FuzzRun
{
    private readonly FuzzOptions _options;
    private readonly ExtractionPipeline _parser;
    private readonly List<FuzzFinding> _findings = [];
    private readonly HashSet<string> _signatures = new(StringComparer.Ordinal);

    public FuzzRun(FuzzOptions options)
    {
        _options = options;
        _parser = options.Parser ?? Readers.CreateParser();
    }

    /// <summary>Mutants run so far.</summary>
    public int Mutants { get; private set; }

    /// <summary>Everything found, one per signature.</summary>
    public IReadOnlyList<FuzzFinding> Findings => _findings;

    /// <summary>Hangs found (each leaves a thread behind).</summary>
    public int Hangs { get; private set; }

    /// <summary>Mutants whose own figures passed half the memory line and were re-run alone.</summary>
    public int MemoryCandidates { get; private set; }

    /// <summary>Candidates whose lone run stayed under the line: not findings.</summary>
    public int MemoryDismissed { get; private set; }

    /// <summary>The most one mutant allocated on its thread.</summary>
    public long MaxMutantAllocated { get; private set; }

    /// <summary>The most one mutant grew the process's resident memory (its peak over the resident bytes before it).</summary>
    public long MaxMutantGrowth { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        var inputs = _options.Inputs.Select(p => (Path: p, Bytes: File.ReadAllBytes(p))).ToList();
        if (inputs.Count == 0)
        {
            throw new InvalidOperationException("no fuzz inputs");
        }

        var random = new Random(_options.Seed);
        var clock = Stopwatch.StartNew();
        var batch = new List<(ReportResult Report, int Index)>();
        var lastLog = TimeSpan.Zero;
        for (var i = 0; i < _options.Count && Hangs < _options.MaxHangs && !cancellationToken.IsCancellationRequested; i++)
        {
            if (_options.Duration is { } duration && clock.Elapsed > duration)
            {
                break;
            }

            var (path, bytes) = inputs[random.Next(inputs.Count)];
            var donor = inputs[random.Next(inputs.Count)].Bytes;
            var (mutant, mutation) = FuzzMutator.Mutate(random, bytes, donor);
            var name = Path.GetFileName(path);
            Mutants++;

            var residentBefore = MemoryMeter.Resident();
            var peakReset = MemoryMeter.ResetPeak();
            var work = Task.Run(() => ParseRoundTrip(_parser, name, mutant), cancellationToken);
            if (!work.Wait(_options.Timeout, cancellationToken))
            {
                Hangs++;
                Record(new FuzzFinding("hang", $"hang-{name}-{mutation}", i, name, mutation, $"still running after {_options.Timeout.TotalSeconds:0} s", mutant), always: true);
                continue;
            }

            if (work.Result is { Exception: { } crash })
            {
                Record(new FuzzFinding("crash", Signature(crash), i, name, mutation, crash.ToString(), mutant));
            }
            else if (work.Result.Report is { } report)
            {
                batch.Add((report, i));
            }

            var growth = (peakReset ? MemoryMeter.Peak() : MemoryMeter.Resident()) - residentBefore;
            MaxMutantAllocated = Math.Max(MaxMutantAllocated, work.Result.Allocated);
            MaxMutantGrowth = Math.Max(MaxMutantGrowth, growth);
            if (_options.MemoryLine is { } line)
            {
                CheckMemory(line, i, name, mutation, mutant, work.Result.Allocated, growth);
            }

            if (batch.Count >= _options.DatasetBatch)
            {
                await WriteDatasetsAsync(batch, inputs, cancellationToken).ConfigureAwait(false);
                batch.Clear();
            }

            if (_options.Log is { } log && clock.Elapsed - lastLog > TimeSpan.FromSeconds(30))
            {
                lastLog = clock.Elapsed;
                await log.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"fuzz: {Mutants} mutants in {clock.Elapsed.TotalSeconds:0} s, {_findings.Count} finding(s), {Hangs} hang(s)")).ConfigureAwait(false);
            }
        }

        if (batch.Count > 0)
        {
            await WriteDatasetsAsync(batch, inputs, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Judges one mutant's memory by its own figures, never by what the process holds from earlier mutants: what it
    /// allocated on its thread (the synchronous parse runs there) and how far it raised the resident peak.
    /// </summary>
    private void CheckMemory(long line, int index, string name, string mutation, byte[] mutant, long allocated, long growth)
    {
        if (allocated <= line / 2 && growth <= line / 2)
        {
            return;
        }

        MemoryCandidates++;
        var own = string.Create(CultureInfo.InvariantCulture, $"allocated {allocated >> 20} MiB on its thread, raised the resident peak by {growth >> 20} MiB");

        // Give back what it left, before the lone run and before the next mutant.
        MemoryMeter.Release();
        if (_options.ConfirmMemory is not { } confirm)
        {
            if (Math.Max(allocated, growth) > line)
            {
                Record(new FuzzFinding("memory", $"memory-{name}-{mutation}", index, name, mutation, own, mutant));
            }
            else
            {
                MemoryDismissed++;
            }

            return;
        }

        var alone = confirm(name, mutant);
        if (alone is { } peak && peak <= line)
        {
            MemoryDismissed++;
            _options.Log?.WriteLine(string.Create(CultureInfo.InvariantCulture, $"fuzz: memory candidate #{index} ({name}, {mutation}) dismissed: {own}; alone its peak is {peak >> 20} MiB"));
            return;
        }

        var verdict = alone is { } over
            ? string.Create(CultureInfo.InvariantCulture, $"alone its peak is {over >> 20} MiB, over the {line >> 20} MiB line")
            : "the lone re-run could not be measured (it did not finish or its process failed)";
        Record(new FuzzFinding("memory", $"memory-{name}-{mutation}", index, name, mutation, $"{own}; {verdict}", mutant));
    }

    /// <summary>
    /// Parses one mutant, writes its JSON and reads it back, on the calling thread; never throws. Allocated is what
    /// the calling thread allocated meanwhile.
    /// </summary>
    internal static (ReportResult? Report, Exception? Exception, long Allocated) ParseRoundTrip(ExtractionPipeline parser, string name, byte[] mutant)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (report, exception) = RoundTrip(parser, name, mutant);
        return (report, exception, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    private static (ReportResult? Report, Exception? Exception) RoundTrip(ExtractionPipeline parser, string name, byte[] mutant)
    {
        try
        {
            var report = parser.Parse(new SourceDocument("fuzz/" + name, mutant));
            if (report.Status == ReportStatus.Failed && report.Diagnostics.FirstOrDefault(static d => d.Code == DiagnosticCodes.InternalError) is { } contained)
            {
                // A contained exception is still a bug of a reader: report it as the crash it was.
                return (null, new InvalidOperationException("contained: " + contained.Message));
            }

            var json = ReportJsonWriter.ToJson(report);
            var back = ReportJsonReader.Read(json);
            if (ReportJsonWriter.ToJson(back) != json)
            {
                return (null, new InvalidDataException("the JSON of the report does not read back to the same JSON"));
            }

            return (back, null);
        }
        catch (Exception ex)
        {
            return (null, ex);
        }
    }

    private async Task WriteDatasetsAsync(List<(ReportResult Report, int Index)> batch, List<(string Path, byte[] Bytes)> inputs, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "extractor-fuzz-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Distinct sources, as a real batch has: the report id is derived from the source.
            var reports = batch.Select(b => b.Report with { Source = b.Report.Source with { Uri = b.Report.Source.Uri + "#" + b.Index.ToString(CultureInfo.InvariantCulture) } }).ToList();
            var checkedReports = ReportChecker.CheckAcross(reports);
            await new DatasetWriter().WriteAsync(checkedReports, folder, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Find the mutant responsible by writing each alone.
            foreach (var (report, index) in batch)
            {
                try
                {
                    await new DatasetWriter().WriteAsync(ReportChecker.CheckAcross([report]), folder + "-" + index.ToString(CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                }
                catch (Exception single) when (single is not OperationCanceledException)
                {
                    Record(new FuzzFinding("crash", "datasets-" + Signature(single), index, report.Source.Uri, "datasets", single.ToString(), Encoding.UTF8.GetBytes(ReportJsonWriter.ToJson(report))));
                }
                finally
                {
                    Delete(folder + "-" + index.ToString(CultureInfo.InvariantCulture));
                }
            }

            _ = inputs;
        }
        finally
        {
            Delete(folder);
        }
    }

    private void Record(FuzzFinding finding, bool always = false)
    {
        if (!_signatures.Add(finding.Signature) && !always)
        {
            return;
        }

        _findings.Add(finding);
        _options.Log?.WriteLine($"fuzz: {finding.Kind} #{finding.Index} ({finding.Input}, {finding.Mutation}): {finding.Signature}");
        if (_options.FindingsFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            var hash = Convert.ToHexStringLower(SHA256.HashData(finding.Bytes))[..12];
            var ext = finding.Mutation == "datasets" ? ".json" : Path.GetExtension(finding.Input);
            var stem = Path.Combine(folder, $"{finding.Kind}-{Path.GetFileNameWithoutExtension(finding.Input)}-{hash}");
            File.WriteAllBytes(stem + ext, finding.Bytes);
            File.WriteAllText(stem + ".log", $"seed {_options.Seed}, mutant {finding.Index}, {finding.Mutation} of {finding.Input}\n{finding.Signature}\n{finding.Detail}\n");
        }
    }

    private static string Signature(Exception ex)
    {
        var frame = new StackTrace(ex).GetFrames().Select(static f => f.GetMethod()).FirstOrDefault(static m => m?.DeclaringType?.Namespace?.StartsWith("Extractor", StringComparison.Ordinal) == true);
        return $"{ex.GetType().Name} at {frame?.DeclaringType?.Name}.{frame?.Name}";
    }

    private static void Delete(string folder)
    {
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The seed inputs: every fixture of a readable format under <paramref name="fixtures"/>, golden files excluded.</summary>
    public static IReadOnlyList<string> FixtureInputs(string fixtures) =>
        [.. Directory.EnumerateFiles(fixtures, "*", SearchOption.AllDirectories)
            .Where(static f => !f.Contains(".expected", StringComparison.Ordinal) && !f.Contains($"{Path.DirectorySeparatorChar}tools{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && Path.GetExtension(f) is ".txt" or ".html" or ".pdf" or ".docx" or ".doc")
            .Order(StringComparer.Ordinal)];
}
