using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Corpus.Tests;

/// <summary>The two-pass cross-report check that large crawls use gives exactly what the in-memory one gives.</summary>
public sealed class CrossReportStreamingTests
{
    [Fact]
    public void CheckAcrossStreaming_FixturesAndCorpus_EqualsInMemoryCheckAcross()
    {
        var files = Directory.EnumerateFiles(TestPaths.Fixtures, "*", SearchOption.AllDirectories)
            .Where(static f => f.EndsWith(".txt", StringComparison.Ordinal) && !f.EndsWith(".expected.txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".pdf", StringComparison.Ordinal))
            .Concat(TestPaths.Shared is { } shared ? Directory.EnumerateFiles(Path.Combine(shared, "corpus"), "0*") : [])
            .Order(StringComparer.Ordinal)
            .ToList();
        var parser = Readers.CreateParser();
        var reports = files.Select(f => parser.Parse(new SourceDocument(f, File.ReadAllBytes(f)))).ToList();

        var inMemory = ReportChecker.CheckAcross(reports).Select(ReportJsonWriter.ToJson).ToList();
        var streamed = ReportChecker.CheckAcrossStreaming(() => reports).Select(ReportJsonWriter.ToJson).ToList();

        Assert.Equal(inMemory, streamed);

        // The set must hold at least one pair of consecutive years, or the comparison says nothing about the cross rules.
        Assert.Contains(inMemory, static j => j.Contains("\"rule\":\"X-CARRY\"", StringComparison.Ordinal));
    }
}
