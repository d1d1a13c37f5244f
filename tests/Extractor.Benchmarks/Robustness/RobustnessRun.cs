using Extractor.Worker.Cli;

namespace Extractor.Benchmarks.Robustness;

/// <summary>`dotnet run -c Release --project tests/Extractor.Benchmarks -- robustness [SEEDS]`: prints the figure for the README.</summary>
internal static class RobustnessRun
{
    public static int Run(int seeds)
    {
        var parser = Readers.CreateParser();
        var score = RobustnessScore.Run(parser, RobustnessGenerator.Generate(parser, seeds));
        Console.WriteLine(score.Summary());
        foreach (var (part, (right, total)) in score.ByPart)
        {
            Console.WriteLine($"  {part,-40} {right,6}/{total,-6} {100.0 * right / Math.Max(1, total),5:0.0} %");
        }

        foreach (var line in score.WrongNumbers.Concat(score.FalseFails).Concat(score.Failed).Take(60))
        {
            Console.WriteLine("  " + line);
        }

        return score.WrongNumbers.Count == 0 && score.FalseFails.Count == 0 ? 0 : 1;
    }
}
