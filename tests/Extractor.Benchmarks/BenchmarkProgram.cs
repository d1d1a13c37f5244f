using BenchmarkDotNet.Running;

namespace Extractor.Benchmarks;

/// <summary>Runs the benchmarks: `dotnet run -c Release --project tests/Extractor.Benchmarks -- --filter '*'`.</summary>
public static class BenchmarkProgram
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
}
