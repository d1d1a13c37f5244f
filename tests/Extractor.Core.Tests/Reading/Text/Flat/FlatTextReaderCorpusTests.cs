using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Testing;
using Xunit.Abstractions;

namespace Extractor.Core.Tests.Reading.Text.Flat;

/// <summary>The four real flat Pingtan dumps of the shared corpus against their cells verified by eye.</summary>
public sealed class FlatTextReaderCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> Documents => new()
    {
        "004_pingtan-2021-flat",
        "005_pingtan-2019-flat",
        "006_pingtan-2020-flat",
        "007_pingtan-2022-flat",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Parse_RealFlatDump_NoNumberDiffersFromExpected(string stem)
    {
        if (TestPaths.Shared is not { } shared)
        {
            output.WriteLine("shared corpus not found; skipped");
            return;
        }

        var path = Path.Combine(shared, "corpus", stem + ".txt");
        var expected = ExpectedCells.Load(Path.Combine(shared, "corpus", "expected", stem + ".json"));
        var result = new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var comparison = expected.Compare(result.Cells);
        output.WriteLine(comparison.Summary(stem));
        output.WriteLine($"  title 「{result.Title}」 agency 「{result.Agency}」 year {result.Year} status {result.Status}");
        output.WriteLine($"  overall 「{result.Sections.Overall?[..Math.Min(60, result.Sections.Overall.Length)]}」 problems 「{result.Sections.Problems?[..Math.Min(60, result.Sections.Problems.Length)]}」 other 「{result.Sections.Other}」");
        foreach (var check in result.Checks.Where(static c => c.Outcome != Records.CheckOutcome.Pass))
        {
            output.WriteLine($"  check {check.Rule} {check.Scope} {check.Outcome}: {check.Message}");
        }

        foreach (var diagnostic in result.Diagnostics)
        {
            output.WriteLine($"  [{diagnostic.Code}] {diagnostic.Message} @ {diagnostic.At}");
        }

        Assert.Equal(expected.Template, result.Template);
        Assert.Empty(comparison.WrongNumbers);
        Assert.Empty(comparison.Other);
        Assert.True(comparison.Right.Count >= comparison.Total - 3, comparison.Summary(stem));
    }
}
