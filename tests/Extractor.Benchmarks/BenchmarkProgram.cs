using BenchmarkDotNet.Running;

namespace Extractor.Benchmarks;

/// <summary>Runs the benchmarks: `dotnet run -c Release --project tests/Extractor.Benchmarks -- --filter '*'`, or `-- datasets 10000 [--partition-by year] [--no-workbook]`.</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        // `datasets N`: one measured run of the writer at scale (peak memory is a per-process figure, so not a BenchmarkDotNet job).
        if (args.Length >= 2 && args[0] == "datasets" && int.TryParse(args[1], out var count))
        {
            return await DatasetScaleRun.RunAsync(count, args[2..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
