using BenchmarkDotNet.Running;

namespace Extractor.Benchmarks;

/// <summary>Runs the benchmarks: `dotnet run -c Release --project tests/Extractor.Benchmarks -- --filter '*'`, `-- datasets 10000 [--partition-by year] [--no-workbook]` or `-- figures`.</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        // `datasets N`: one measured run of the writer at scale (peak memory is a per-process figure, so not a BenchmarkDotNet job).
        if (args.Length >= 2 && args[0] == "datasets" && int.TryParse(args[1], out var count))
        {
            return await DatasetScaleRun.RunAsync(count, args[2..]);
        }

        // `figures [--full]`: the performance goals, whole process, side by side with their anchors.
        if (args.Length >= 1 && args[0] == "figures")
        {
            return await FiguresRun.RunAsync(full: args.Contains("--full"));
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
