using System.Text.RegularExpressions;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Corpus.Tests;

/// <summary>
/// Sentences that a line break cuts into pieces are prose, never table rows. The fixtures: two 2016 reports in prose
/// only (HTML broken by &lt;br&gt; in many places, text hard-wrapped), full-width digits; a 2020 HTML report whose
/// narrative beside the tables of 二 and 三 is cut by &lt;br&gt;; a pdftotext dump (one cell per line) with hard-wrapped
/// prose before its tables. Each is degraded further in the test: the breaks moved to every position of a sentence,
/// ASCII digits for full-width ones. A prose report keeps template legacy with no cells and no TEMPLATE-YEAR finding;
/// a report with tables reads exactly the cells of the same report without the prose.
/// </summary>
public sealed partial class SentencePieceFixtureTests(ITestOutputHelper output)
{
    private static readonly ExtractionPipeline s_parser = Readers.CreateParser();

    [Theory]
    [InlineData("narrative", "prose-br-no-statistics-2016.html")]
    [InlineData("narrative", "prose-wrapped-no-statistics-2016.txt")]
    public void Parse_ProseReportCutIntoLines_HasNoTableRows(string folder, string file)
    {
        var text = File.ReadAllText(TestPaths.Fixture(folder, file));
        var extension = Path.GetExtension(file);

        AssertProseOnly(file, text, extension);
        AssertProseOnly(file + " (ASCII digits)", ToAsciiDigits(text), extension);
    }

    [Fact]
    public void Parse_ProseReportWithABreakAnywhere_HasNoTableRows()
    {
        // Every position of every paragraph's text gets one more <br>, on top of the breaks the fixture has: 300+ documents.
        var html = File.ReadAllText(TestPaths.Fixture("narrative", "prose-br-no-statistics-2016.html"));
        var variants = BreakEverywhere(html, ProseParagraph()).ToList();
        Assert.True(variants.Count > 200, $"{variants.Count} variants");
        foreach (var (where, variant) in variants)
        {
            AssertProseOnly(where, variant, ".html");
        }
    }

    [Fact]
    public void Parse_HardWrappedProseBeforeCountsAndAfterCommas_HasNoTableRows()
    {
        // Section 三's paragraph of the text fixture wrapped again: before a count or after a clause mark, one cut at a time
        // and all of them at once (全年共收到政府信息公开申请 / ８件， / 其中当面 / ３件、 / 网上 / …).
        var lines = File.ReadAllLines(TestPaths.Fixture("narrative", "prose-wrapped-no-statistics-2016.txt"));
        var paragraph = string.Concat(lines.Skip(12).Take(7));
        Assert.StartsWith("全年共收到", paragraph, StringComparison.Ordinal);
        Assert.EndsWith("不予公开２件。", paragraph, StringComparison.Ordinal);
        var cuts = WrapPoint().Matches(paragraph).Select(static m => m.Index).Where(i => i > 0 && i < paragraph.Length).Distinct().ToList();
        Assert.True(cuts.Count > 10, $"{cuts.Count} cuts");
        foreach (var cut in cuts)
        {
            AssertProseOnly($"wrapped at {cut}", Rewrap(lines, [paragraph[..cut], paragraph[cut..]]), ".txt");
        }

        var pieces = cuts.Prepend(0).Append(paragraph.Length).Order().Zip(cuts.Order().Append(paragraph.Length)).Select(p => paragraph[p.First..p.Second]).ToList();
        AssertProseOnly("wrapped at every cut", Rewrap(lines, pieces), ".txt");
        AssertProseOnly("wrapped at every cut, ASCII digits", ToAsciiDigits(Rewrap(lines, pieces)), ".txt");
    }

    [Fact]
    public void Parse_NarrativeCutBesideTables_ReadsTheSameCells()
    {
        var html = File.ReadAllText(TestPaths.Fixture("html", "2020-narrative-br-beside-tables.html"));
        var clean = Parse("clean", WrappedParagraph().Replace(html, string.Empty), ".html");
        Assert.Equal(198, clean.Cells.Count);
        Assert.Equal("2019", clean.Template);

        AssertSameCells(clean, Parse("2020-narrative-br-beside-tables", html, ".html"));
        AssertSameCells(clean, Parse("ascii digits", ToAsciiDigits(html), ".html"));
        var variants = BreakEverywhere(html, WrappedParagraph()).ToList();
        Assert.True(variants.Count > 100, $"{variants.Count} variants");
        foreach (var (where, variant) in variants)
        {
            AssertSameCells(clean, Parse(where, variant, ".html"));
        }
    }

    [Fact]
    public void Parse_HardWrappedProseBeforeCellRuns_ReadsTheSameCells()
    {
        var plain = Parse("bureau-2019.plain", File.ReadAllText(TestPaths.Fixture("text", "pdftotext", "bureau-2019.plain.txt")), ".txt");
        Assert.Equal(198, plain.Cells.Count);

        var wrapped = File.ReadAllText(TestPaths.Fixture("text", "wrapped", "bureau-2019-wrapped-prose.plain.txt"));
        AssertSameCells(plain, Parse("bureau-2019-wrapped-prose.plain", wrapped, ".txt"));
        AssertSameCells(plain, Parse("ascii digits", ToAsciiDigits(wrapped), ".txt"));
    }

    private static string Rewrap(string[] lines, IEnumerable<string> paragraph) =>
        string.Join('\n', lines.Take(12).Concat(paragraph).Concat(lines.Skip(19)));

    [Fact]
    public void Parse_LegacyReportWithASubheadingInATableSection_StaysLegacy()
    {
        // What TemplateDetector's pre-2019 rule (the old statistics table decides for a year before 2019) still guards: a
        // line in a table section that is no sentence piece (a subheading) is taken as a table line, so rows of a national
        // table seem found; without the rule this 2016 report would be read as 2021 with a false TEMPLATE-YEAR error.
        var html = File.ReadAllText(TestPaths.Fixture("narrative", "legacy-channels-wrapped-2016.html"))
            .Replace("<p><b>三、政府信息依申请公开情况</b></p>", "<p><b>三、政府信息依申请公开情况</b></p>\n<p>（一）申请情况</p>", StringComparison.Ordinal);
        Assert.Contains("（一）申请情况", html, StringComparison.Ordinal);

        var report = Parse("subheading-2016", html, ".html");

        Assert.Equal("legacy", report.Template);
        Assert.NotEmpty(report.LegacyIndicators);
        Assert.DoesNotContain(report.Checks, static c => c.Rule == "TEMPLATE-YEAR" && c.Outcome == CheckOutcome.Fail);
    }

    /// <summary>
    /// Legacy, no cells and no finding at all (a break inside a number, 办结&lt;br&gt;２&lt;br&gt;０３件, must not leave the ２ out as a
    /// page number and make the narrative rules read 办结03件).
    /// </summary>
    private static void AssertProseOnly(string where, string text, string extension)
    {
        var report = Parse(where, text, extension);
        Assert.True(report.Template == "legacy", $"{where}: template {report.Template}");
        Assert.True(report.Cells.Count == 0, $"{where}: {report.Cells.Count} cells, the first {report.Cells.FirstOrDefault()?.Raw}");
        var fail = report.Checks.FirstOrDefault(static c => c.Outcome == CheckOutcome.Fail);
        Assert.True(fail is null, $"{where}: {fail?.Message}");
    }

    private void AssertSameCells(ReportResult expected, ReportResult actual)
    {
        Assert.Equal(expected.Template, actual.Template);
        Assert.Equal(Cells(expected), Cells(actual));
        Assert.Equal(
            expected.Checks.Where(static c => !c.Rule.StartsWith("NARR", StringComparison.Ordinal)).Select(static c => $"{c.Rule} {c.Scope} {c.Outcome}"),
            actual.Checks.Where(static c => !c.Rule.StartsWith("NARR", StringComparison.Ordinal)).Select(static c => $"{c.Rule} {c.Scope} {c.Outcome}"));
        output.WriteLine($"{actual.Source.Uri}: {actual.Cells.Count} cells as without the prose");
    }

    private static List<string> Cells(ReportResult report) =>
        report.Cells.Select(static c => $"{c.Key}={c.Value} {c.Kind} [{c.Raw}] {c.ResolvedBy}").ToList();

    private static ReportResult Parse(string name, string text, string extension) =>
        s_parser.Parse(new SourceDocument(name + extension, System.Text.Encoding.UTF8.GetBytes(text)));

    /// <summary>The document once for each position inside each matched paragraph's text, with a &lt;br&gt; there.</summary>
    private static IEnumerable<(string Where, string Html)> BreakEverywhere(string html, Regex paragraphs)
    {
        foreach (Match paragraph in paragraphs.Matches(html))
        {
            var body = paragraph.Groups["body"];
            for (var i = 1; i < body.Length; i++)
            {
                var at = body.Index + i;
                if (html[at - 1] == '>' || html[at] == '<' || TagAround(html, at))
                {
                    continue;
                }

                yield return ($"<br> at {at}", string.Concat(html.AsSpan(0, at), "<br>", html.AsSpan(at)));
            }
        }
    }

    private static bool TagAround(string html, int at) => html.LastIndexOf('<', at - 1) > html.LastIndexOf('>', at - 1);

    private static string ToAsciiDigits(string text) =>
        string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = source[i] is >= '０' and <= '９' ? (char)('0' + (source[i] - '０')) : source[i];
            }
        });

    [GeneratedRegex(@"<p>(?<body>(?!<b>)[^\n]*?)</p>")]
    private static partial Regex ProseParagraph();

    [GeneratedRegex(@"<p class=""wrapped"">(?<body>[^\n]*?)</p>\n?")]
    private static partial Regex WrappedParagraph();

    /// <summary>Before a count, after a clause mark.</summary>
    [GeneratedRegex(@"(?<=[，、；])|(?<![０-９0-9])(?=[０-９0-9])")]
    private static partial Regex WrapPoint();
}
