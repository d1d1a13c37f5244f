using Extractor.Benchmarks.Robustness;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Corpus.Tests;

/// <summary>
/// A deterministic slice of the robustness benchmark (tests/Extractor.Benchmarks/Robustness, `-- robustness`): the
/// fixture reports degraded every way issue 9 lists, one seed each. A watchdog's two conditions are absolute: no wrong
/// number, no check failing where the source does not.
/// </summary>
public sealed class RobustnessSliceTests(ITestOutputHelper output)
{
    [Fact]
    public void Parse_DegradedFixtureReports_NoWrongNumberNoFalseFail()
    {
        var parser = Readers.CreateParser();
        var documents = RobustnessGenerator.Generate(parser, seeds: 1).ToList();
        var score = RobustnessScore.Run(parser, documents);
        output.WriteLine(score.Summary());

        Assert.True(documents.Count >= 100, $"{documents.Count} documents");
        Assert.True(score.WrongNumbers.Count == 0, string.Join('\n', score.WrongNumbers.Take(20)));
        Assert.True(score.FalseFails.Count == 0, string.Join('\n', score.FalseFails.Take(20)));
        Assert.Empty(score.Failed);
        Assert.True(score.Right >= 0.9 * score.TruthCells, score.Summary());
    }
}
