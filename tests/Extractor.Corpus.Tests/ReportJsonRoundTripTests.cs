using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Corpus.Tests;

/// <summary>
/// Stored results are the worker's source of truth and the spool of `parse`: reading a report's JSON back must give
/// the same report, checks and evidence included, or the datasets rebuilt from state would differ from a fresh read.
/// </summary>
public sealed class ReportJsonRoundTripTests
{
    [Fact]
    public void Read_JsonOfEveryFixtureAndCorpusReport_GivesTheSameJsonBack()
    {
        var files = Directory.EnumerateFiles(TestPaths.Fixtures, "*", SearchOption.AllDirectories)
            .Where(static f => !f.Contains(".expected.", StringComparison.Ordinal) && !f.EndsWith(".py", StringComparison.Ordinal) && !f.EndsWith(".md", StringComparison.Ordinal))
            .Concat(TestPaths.Shared is { } shared ? Directory.EnumerateFiles(Path.Combine(shared, "corpus"), "0*") : [])
            .Order(StringComparer.Ordinal)
            .ToList();
        var parser = Readers.CreateParser();
        var reports = ExtractionPipeline.CheckAcross(files.Select(f => parser.Parse(new SourceDocument(f, File.ReadAllBytes(f)))).ToList());

        Assert.True(reports.Count > 20);
        Assert.All(reports, static r =>
        {
            var json = ReportJsonWriter.ToJson(r);
            Assert.Equal(json, ReportJsonWriter.ToJson(ReportJsonReader.Read(json)));
        });
    }
}
