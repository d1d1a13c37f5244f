using System.Diagnostics;
using System.Globalization;
using Extractor.Worker.Cli;

namespace Extractor.Benchmarks.Fuzzing;

/// <summary>
/// The `fuzz` mode: `-- fuzz [--seed N] [--count N] [--seconds N] [--timeout S] [--findings DIR] [--fixtures DIR]
/// [--memory-line MiB]`. `-- fuzz --alone FILE NAME` reads one saved mutant (as fixture NAME) the same way and prints
/// the peak resident bytes of its process: the lone re-run that confirms a memory finding.
/// </summary>
internal static class FuzzCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 3 && args[0] == "--alone")
        {
            return Alone(args[1], args[2]);
        }

        var seed = 1;
        var count = 1000;
        TimeSpan? duration = null;
        var timeout = TimeSpan.FromSeconds(30);
        var findings = Path.Combine(Directory.GetCurrentDirectory(), "fuzz-findings");
        string? fixtures = null;
        var memoryLine = 1024L << 20;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            var value = args[i + 1];
            switch (args[i])
            {
                case "--seed": seed = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--count": count = int.Parse(value, CultureInfo.InvariantCulture); break;
                case "--seconds": duration = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); count = int.MaxValue; break;
                case "--timeout": timeout = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
                case "--findings": findings = Path.GetFullPath(value); break;
                case "--fixtures": fixtures = Path.GetFullPath(value); break;
                case "--memory-line": memoryLine = long.Parse(value, CultureInfo.InvariantCulture) << 20; break;
                default:
                    await Console.Error.WriteLineAsync($"fuzz: unknown option {args[i]}");
                    return 2;
            }
        }

        var run = new FuzzRun(new FuzzOptions
        {
            Seed = seed,
            Count = count,
            Duration = duration,
            Timeout = timeout,
            Inputs = FuzzRun.FixtureInputs(fixtures ?? BenchmarkInputs.Fixture()),
            FindingsFolder = findings,
            Log = Console.Error,
            MemoryLine = memoryLine,
            ConfirmMemory = (name, mutant) => PeakAlone(name, mutant, timeout + TimeSpan.FromMinutes(1)),
        });
        var clock = Stopwatch.StartNew();
        await run.RunAsync();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: seed {seed}: {run.Mutants} mutants in {clock.Elapsed.TotalSeconds:0} s; {run.Findings.Count(static f => f.Kind == "crash")} crash signature(s), {run.Hangs} hang(s), " +
            $"{run.Findings.Count(static f => f.Kind == "memory")} memory finding(s) ({run.MemoryCandidates} mutant(s) re-run alone, {run.MemoryDismissed} under the {memoryLine >> 20} MiB line); " +
            $"most one mutant allocated {run.MaxMutantAllocated >> 20} MiB, raised the resident peak by {run.MaxMutantGrowth >> 20} MiB; findings in {findings}"));

        // Hung mutants leave threads running: end the process rather than wait for them.
        Environment.Exit(run.Findings.Count > 0 ? 1 : 0);
        return 0;
    }

    /// <summary>The child's side: one mutant through the same round trip, then its process's peak on stdout.</summary>
    private static int Alone(string file, string name)
    {
        var (_, exception, allocated) = FuzzRun.ParseRoundTrip(Readers.CreateParser(), name, File.ReadAllBytes(file));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"peak {MemoryMeter.Peak()} allocated {allocated} {(exception is null ? "ok" : exception.GetType().Name)}"));
        return 0;
    }

    /// <summary>
    /// Re-runs one mutant in a fresh process of this program and returns that process's peak resident bytes: the
    /// document's memory with nothing of earlier mutants in the heap. Null when it cannot be measured.
    /// </summary>
    private static long? PeakAlone(string name, byte[] mutant, TimeSpan timeout)
    {
        var file = Path.Combine(Path.GetTempPath(), $"extractor-fuzz-alone-{Guid.NewGuid():N}{Path.GetExtension(name)}");
        try
        {
            File.WriteAllBytes(file, mutant);
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, RedirectStandardError = true };

            // Started as `dotnet Extractor.Benchmarks.dll`: the child needs the assembly too.
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet")
            {
                start.ArgumentList.Add(typeof(FuzzCommand).Assembly.Location);
            }

            foreach (var arg in new[] { "fuzz", "--alone", file, name })
            {
                start.ArgumentList.Add(arg);
            }

            using var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEndAsync();
            _ = child.StandardError.ReadToEndAsync();
            if (!child.WaitForExit(timeout))
            {
                child.Kill(entireProcessTree: true);
                return null;
            }

            var words = output.GetAwaiter().GetResult().Split(' ', StringSplitOptions.TrimEntries);
            return child.ExitCode == 0 && words is ["peak", var peak, ..] ? long.Parse(peak, CultureInfo.InvariantCulture) : null;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
