using System.Globalization;
using BenchmarkDotNet.Running;

namespace Extractor.Benchmarks;

/// <summary>Runs the benchmarks: `dotnet run -c Release --project tests/Extractor.Benchmarks -- --filter '*'`, `-- datasets 10000 [--partition-by year] [--no-workbook]`, `-- figures [--rounds 5]`, `-- reparse 400`, `-- robustness`, `-- scans [county-2021.clean.150 …]` or `-- fuzz --seed 1 --count 100000`.</summary>
public static class BenchmarkProgram
{
    public static async Task<int> Main(string[] args)
    {
        // `datasets N`: one measured run of the writer at scale (peak memory is a per-process figure, so not a BenchmarkDotNet job).
        if (args.Length >= 2 && args[0] == "datasets" && int.TryParse(args[1], out var count))
        {
            return await DatasetScaleRun.RunAsync(count, args[2..]);
        }

        // `parquet-content DIR`: the values of every Parquet file under DIR, hashed whatever the row groups.
        if (args.Length == 2 && args[0] == "parquet-content")
        {
            return await ParquetContent.PrintAsync(args[1]);
        }

        // `reparse N [--workers 1,2,4]`: re-reading N archived documents with several worker processes on one PostgreSQL.
        if (args.Length >= 2 && args[0] == "reparse" && int.TryParse(args[1], out var documents))
        {
            return await ReparseScaleRun.RunAsync(documents, args[2..]);
        }

        if (args.Length >= 4 && args[0] == "scancells")
        {
            return ScanCellsProbe.Run(args[1..]);
        }

        if (args.Length >= 2 && args[0] == "scanrules")
        {
            return ScanRulesProbe.Run(args[1..]);
        }

        // `scans [NAME-PART...]`: OCR accuracy on scans generated from the PDF fixtures (only those whose name contains a part).
        if (args.Length >= 1 && args[0] == "scans")
        {
            return ScanAccuracyRun.Run(args[1..]);
        }

        // `figures [--full] [--rounds N]`: the performance goals, whole process, side by side with their anchors.
        if (args.Length >= 1 && args[0] == "figures")
        {
            var rounds = args.SkipWhile(static a => a != "--rounds").Skip(1).Select(static a => int.Parse(a, CultureInfo.InvariantCulture)).FirstOrDefault(1);
            return await FiguresRun.RunAsync(full: args.Contains("--full"), rounds: Math.Max(1, rounds));
        }

        // `robustness [SEEDS]`: the degradation benchmark of issue 9 (cells right, wrong numbers, false fails).
        if (args.Length >= 1 && args[0] == "robustness")
        {
            return Robustness.RobustnessRun.Run(args.Length > 1 && int.TryParse(args[1], out var seeds) ? seeds : 3);
        }

        // `fuzz [--seed N] [--count N] [--seconds N] [--timeout S] [--findings DIR]`: mutation fuzzing of the pipeline.
        if (args.Length >= 1 && args[0] == "fuzz")
        {
            return await Fuzzing.FuzzCommand.RunAsync(args[1..]);
        }

        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        return 0;
    }
}
