using System.Diagnostics;
using System.Globalization;

namespace Extractor.Benchmarks.Fuzzing;

/// <summary>The `fuzz` mode: `-- fuzz [--seed N] [--count N] [--seconds N] [--timeout S] [--findings DIR] [--fixtures DIR]`.</summary>
internal static class FuzzCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        var seed = 1;
        var count = 1000;
        TimeSpan? duration = null;
        var timeout = TimeSpan.FromSeconds(30);
        var findings = Path.Combine(Directory.GetCurrentDirectory(), "fuzz-findings");
        string? fixtures = null;
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
        });
        var clock = Stopwatch.StartNew();
        await run.RunAsync();
        using var process = Process.GetCurrentProcess();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"fuzz: seed {seed}: {run.Mutants} mutants in {clock.Elapsed.TotalSeconds:0} s; {run.Findings.Count(static f => f.Kind == "crash")} crash signature(s), {run.Hangs} hang(s), " +
            $"{run.Findings.Count(static f => f.Kind == "memory")} memory finding(s); peak working set {process.PeakWorkingSet64 >> 20} MiB; findings in {findings}"));

        // Hung mutants leave threads running: end the process rather than wait for them.
        Environment.Exit(run.Findings.Count > 0 ? 1 : 0);
        return 0;
    }
}
