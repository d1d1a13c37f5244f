using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Corpus.Tests;

/// <summary>
/// The statistics tables of the corpus' pre-2019 reports, every row verified by eye against the document (the glued
/// runs split as the document's own figures say, e.g. 主动公开文件数条206912106 = 2069 this year, 12106 cumulative).
/// </summary>
public sealed class LegacyCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string, string> Expected() => new()
    {
        {
            "011_pingtan-2018-pre2019-flat.txt",
            "active_published 2069 12106 narrative; active_website 2069 12106; active_gazette 0 0; applications_received 0 0; applications_in_person 0 0; " +
            "applications_online 0 0; applications_letter_fax 0 0; replies_total 0 0; replies_granted 0 0; replies_partially_granted 0 0; replies_refused 0 0; " +
            "replies_other 0 0; complaints 0 0; reviews 0 0; lawsuits 0 0"
        },
        {
            "012_pingtan-county-2013-pre2019-flat.txt",
            "active_published 1853 5395 narrative; active_website 1713 5017; active_gazette 0 7; applications_received 7 28; applications_in_person 0 18; " +
            "applications_fax 0 0; applications_email 3 6; applications_online 4 4; applications_letter 0 0; applications_other_form 0 0; replies_total 3 24; " +
            "replies_granted 2 19; replies_partially_granted 1 3; replies_refused 0 2; reviews 0 0; lawsuits 0 0; complaints 0 0"
        },
        {
            "027_pingtan-2011-pre2019-flat.txt",
            "active_published 425 1516; active_website 418 1509; active_gazette 7 7; applications_received 0 0; applications_in_person 0 0; applications_fax 0 0; " +
            "applications_email 0 0; applications_online 0 0; applications_letter 0 0; applications_other_form 0 0; replies_total 0 0; replies_granted 0 0; " +
            "replies_partially_granted 0 0; replies_refused 0 0; reviews 0 0; lawsuits 0 0; complaints 0 0"
        },
        { "025_pingtan-local-tax-bureau-2013-pre2019-flat.txt", string.Empty },
        { "024_shanghai-city-2012-traditional-pre2019-partial.txt", string.Empty },
    };

    [Theory]
    [MemberData(nameof(Expected))]
    public void Parse_PreFormatReport_EveryIndicatorAsVerifiedAndItsChecksPass(string file, string expected)
    {
        if (TestPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "corpus", file)))
        {
            output.WriteLine($"../shared/corpus/{file} not present: skipped");
            return;
        }

        var path = Path.Combine(shared, "corpus", file);
        var report = Readers.CreateParser().Parse(new SourceDocument(path, File.ReadAllBytes(path)));

        Assert.Equal("legacy", report.Template);
        var got = string.Join("; ", report.LegacyIndicators.Select(static i =>
            FormattableString.Invariant($"{i.Key} {i.ThisYear} {i.Cumulative}{(i.ResolvedBy is null ? string.Empty : " " + i.ResolvedBy)}")));
        Assert.Equal(expected, got);
        Assert.All(report.LegacyIndicators, static i => Assert.Equal((CellKind.Number, CellKind.Number), (i.ThisYearKind, i.CumulativeKind)));

        // A watchdog's view: the table's own rules hold on every number read.
        Assert.DoesNotContain(report.Checks, static c => c.Rule.StartsWith("LEG-", StringComparison.Ordinal) && c.Outcome != CheckOutcome.Pass);
        if (expected.Length > 0)
        {
            Assert.Contains(report.Checks, static c => c.Rule == "LEG-SUB");
        }
    }
}
