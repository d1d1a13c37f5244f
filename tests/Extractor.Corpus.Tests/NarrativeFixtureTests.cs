using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Corpus.Tests;

/// <summary>
/// fixtures/narrative, read through the whole pipeline: a pre-2019 report whose prose agrees with its statistics table
/// and its own rate (nothing fails), the same layout where the prose swaps channels and the rate's counts (full-width
/// digits), an HTML one with wrapped lines (`br` inside sentences) and a bare channel split (and the same with a break between a
/// channel and its count, which must not be taken for a table row), and a department report
/// without a table whose approval counts contradict its 办结率.
/// </summary>
public sealed class NarrativeFixtureTests(ITestOutputHelper output)
{
    private static readonly ExtractionPipeline s_parser = Readers.CreateParser();

    [Theory]
    [InlineData("legacy-channels-consistent-2014.txt",
        "NARR-LEG sections/applications/applications_received pass; NARR-LEG sections/applications/applications_in_person pass; " +
        "NARR-LEG sections/applications/applications_online pass; NARR-LEG sections/applications/applications_letter pass; " +
        "NARR-LEG sections/applications/replies_total pass; NARR-LEG sections/applications/replies_granted pass; " +
        "NARR-LEG sections/applications/replies_partially_granted pass; NARR-LEG sections/applications/replies_refused pass; " +
        "NARR-LEG sections/appeals/reviews pass; NARR-LEG sections/appeals/lawsuits pass; NARR-LEG sections/other/fees_collected pass; " +
        "NARR-RATE sections/overall/completion_rate pass")]
    [InlineData("legacy-channels-contradict-2014.txt",
        "NARR-LEG sections/applications/applications_received pass; NARR-LEG sections/applications/applications_online fail; " +
        "NARR-LEG sections/applications/applications_letter fail; NARR-LEG sections/applications/replies_total pass; " +
        "NARR-LEG sections/applications/replies_granted pass; NARR-LEG sections/applications/replies_partially_granted pass; " +
        "NARR-LEG sections/applications/replies_refused pass; NARR-LEG sections/appeals/reviews pass; NARR-LEG sections/appeals/lawsuits pass; " +
        "NARR-LEG sections/other/fees_collected pass; NARR-RATE sections/overall/completion_rate fail")]
    [InlineData("legacy-channels-wrapped-2016.html",
        "NARR-LEG sections/applications/applications_received pass; NARR-LEG sections/applications/applications_online fail; " +
        "NARR-LEG sections/applications/applications_in_person fail; NARR-LEG sections/applications/applications_email pass; " +
        "NARR-LEG sections/applications/replies_total pass; NARR-LEG sections/applications/replies_granted pass; " +
        "NARR-LEG sections/applications/replies_refused pass; NARR-RATE sections/overall/completion_rate pass")]
    [InlineData("legacy-channels-br-in-sentence-2016.html",
        "NARR-LEG sections/applications/applications_received pass; NARR-LEG sections/applications/applications_online fail; " +
        "NARR-LEG sections/applications/applications_in_person fail; NARR-LEG sections/applications/applications_email pass; " +
        "NARR-LEG sections/applications/replies_total pass; NARR-LEG sections/applications/replies_granted pass; " +
        "NARR-LEG sections/applications/replies_refused pass; NARR-RATE sections/overall/completion_rate pass")]
    [InlineData("rate-department-2013.txt", "NARR-RATE sections/other/completion_rate fail; NARR-RATE sections/other/completion_rate#2 pass")]
    public void Parse_NarrativeFixture_JudgedAsItsWordsSay(string file, string expected)
    {
        var path = TestPaths.Fixture("narrative", file);
        var report = s_parser.Parse(new SourceDocument(path, File.ReadAllBytes(path)));

        Assert.Equal("legacy", report.Template);
        var narrative = report.Checks.Where(static c => c.Rule is "NARR-LEG" or "NARR-RATE").ToList();
        foreach (var c in narrative)
        {
            output.WriteLine($"{c.Rule} {c.Scope} {c.Outcome}: {c.Message}");
        }

        Assert.Equal(expected, string.Join("; ", narrative.Select(static c => $"{c.Rule} {c.Scope} {c.Outcome.ToString().ToLowerInvariant().Replace("notassessable", "not_assessable", StringComparison.Ordinal)}")));

        // Nothing else fails: the fixtures contradict themselves only where they were written to.
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail && c.Rule is not ("NARR-LEG" or "NARR-RATE"));

        // A fail quotes its sentence first; a NARR-LEG fail names the table cell, with the raw text and location the site shows.
        Assert.All(narrative.Where(static c => c.Outcome == CheckOutcome.Fail), static c =>
        {
            Assert.StartsWith("sections/", c.Evidence[0].Ref, StringComparison.Ordinal);
            Assert.Equal(c.Rule == "NARR-LEG" ? 1 : 0, c.Cells.Count);
            Assert.All(c.Cells, cell => Assert.Contains(c.Evidence, e => e.Ref == cell && e.At.Length > 0));
        });
    }
}
