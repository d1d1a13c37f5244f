using Extractor.Core.Checks;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Docx;
using Extractor.Core.Records;
using Extractor.Testing;

namespace Extractor.Core.Tests.Reading.Docx;

/// <summary>
/// The DOCX fixtures end to end through <see cref="ExtractionPipeline"/>: every figure of tables 三 and 四 equals the HTML
/// the document was converted from, every total adds up, and broken files fail with their reason.
/// </summary>
public class DocxFixtureReportsTests
{
    private static readonly ExtractionPipeline s_parser = new([new DocxReportReader()]);

    public static TheoryData<string, string> Reports => new()
    {
        { "ecology-2021", "2021" },
        { "forestry-2019", "2019" },
    };

    private static ReportResult Parse(string fileName)
    {
        var path = TestPaths.Fixture("docx", fileName);
        return s_parser.Parse(new SourceDocument(path, File.ReadAllBytes(path)));
    }

    private static string Describe(IEnumerable<CheckResult> checks) =>
        string.Join("\n", checks.Select(static c => $"{c.Rule} {c.Scope} {c.Outcome}: {c.Message}"));

    [Theory]
    [InlineData("ecology-2021", "2021", 2023, "梧桐市生态环境局")]
    [InlineData("forestry-2019", "2019", 2020, "梧桐市林业局")]
    public void Parse_ReportFixture_HasStatusTemplateYearAndAgency(string stem, string template, int year, string agency)
    {
        var report = Parse(stem + ".docx");

        Assert.True(report.Status == ReportStatus.Parsed, string.Join("\n", report.Diagnostics.Select(static d => $"{d.Code} {d.Message} {d.At}")));
        Assert.Equal(template, report.Template);
        Assert.Equal(year, report.Year);
        Assert.Equal(agency, report.Agency);
        Assert.Equal("docx", report.Source.Format);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Parse_ReportFixture_TablesThreeAndFourEqualTheHtmlSource(string stem, string template)
    {
        var expected = HtmlSourceFigures.Read(TestPaths.Fixture("docx", stem + ".html"), template);
        var report = Parse(stem + ".docx");

        var cells = report.Cells.Where(static c => c.Table is "applications" or "appeals").ToList();
        Assert.All(cells, static c => Assert.True(c.Kind == CellKind.Number, $"{c.Key} is {c.Kind} ({c.Raw}) at {c.At}"));
        var actual = cells.ToDictionary(static c => c.Key, static c => c.Value!.Value, StringComparer.Ordinal);
        var wrong = expected.Keys.Union(actual.Keys)
            .Where(k => !expected.TryGetValue(k, out var want) || !actual.TryGetValue(k, out var got) || want != got)
            .Select(k => $"{k}: source {(expected.TryGetValue(k, out var w) ? w : "-")}, DOCX {(actual.TryGetValue(k, out var g) ? g : "-")}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{stem}: {wrong.Count} cells differ from the HTML source:\n{string.Join("\n", wrong)}");
        Assert.Equal((template == "2021" ? 25 : 23) * 7 + 15, actual.Count);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Parse_ReportFixture_EveryTotalAddsUp(string stem, string template)
    {
        var report = Parse(stem + ".docx");

        Assert.True(!report.Checks.Any(static c => c.Outcome == CheckOutcome.Fail), Describe(report.Checks.Where(static c => c.Outcome == CheckOutcome.Fail)));

        // Not failing is not enough: each arithmetic rule must have been assessed, on every column and row.
        var arithmetic = report.Checks.Where(static c => c.Rule is "T3-ID" or "T3-SUM" or "T3-COL" or "T4-SUM" or "NEG").ToList();
        Assert.True(arithmetic.All(static c => c.Outcome == CheckOutcome.Pass), Describe(arithmetic.Where(static c => c.Outcome != CheckOutcome.Pass)));
        Assert.Equal(7, arithmetic.Count(static c => c.Rule == "T3-ID"));
        Assert.Equal(7, arithmetic.Count(static c => c.Rule == "T3-SUM"));
        Assert.Equal(HtmlSourceFigures.ApplicationRows(template), arithmetic.Where(static c => c.Rule == "T3-COL").Select(static c => c.Scope));
        Assert.Equal(["review", "litigation_direct", "litigation_after_review"], arithmetic.Where(static c => c.Rule == "T4-SUM").Select(static c => c.Scope));
    }

    [Fact]
    public void Parse_NarrativeFigures_AgreeWithTableThree()
    {
        var report = Parse("ecology-2021.docx");

        // The overview states the four figures of table 三 in words; the narrative rule must have compared them.
        var narrative = report.Checks.Where(static c => c.Rule.StartsWith("NARR", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(narrative);
        Assert.All(narrative, static c => Assert.NotEqual(CheckOutcome.Fail, c.Outcome));
    }

    [Theory]
    [InlineData("ecology-2021", "applications/withheld_process_info/legal_service", new[] { "T3-SUM legal_service", "T3-COL withheld_process_info" })]
    [InlineData("forestry-2019", "applications/other_handling/natural_person", new[] { "T3-SUM natural_person", "T3-COL other_handling" })]
    [InlineData("forestry-2019", "appeals/litigation_direct/pending", new[] { "T4-SUM litigation_direct" })]
    public void Check_OneFigureOff_FailsExactlyTheRulesThatUseIt(string stem, string key, string[] failing)
    {
        var report = Parse(stem + ".docx");
        var changed = report with { Cells = [.. report.Cells.Select(c => c.Key == key ? c with { Value = c.Value + 1 } : c)] };

        var results = ReportChecker.Check(changed);

        Assert.Equal(failing, results.Where(static c => c.Outcome == CheckOutcome.Fail).Select(static c => $"{c.Rule} {c.Scope}"));
    }

    [Theory]
    [InlineData("truncated.docx", "docx", DiagnosticCodes.Unreadable, "truncated or corrupt")]
    [InlineData("not-word.docx", "docx", DiagnosticCodes.Unreadable, "not a Word document: the file is an Excel workbook without word/document.xml")]
    [InlineData("encrypted.docx", "docx", DiagnosticCodes.Unreadable, "encrypted (password-protected)")]
    [InlineData("legacy.doc", "doc", DiagnosticCodes.Unreadable, "legacy Word/WPS binary format (.doc/.wps) is not supported; the agency's PDF or DOCX, if published, can be read")]
    public void Parse_BrokenFile_IsAFailedReportNamingTheReason(string fileName, string format, string code, string reason)
    {
        var report = Parse(fileName);

        Assert.Equal(ReportStatus.Failed, report.Status);
        Assert.Equal(format, report.Source.Format);
        Assert.Empty(report.Cells);
        Assert.Empty(report.Checks);
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(code, diagnostic.Code);
        Assert.Contains(reason, diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_EveryDocxFixtureInOneRun_BadFilesFailAndTheRestAreRead()
    {
        var statuses = Directory.GetFiles(TestPaths.Fixture("docx"))
            .Where(static p => Path.GetExtension(p) is ".docx" or ".doc")
            .Order(StringComparer.Ordinal)
            .ToDictionary(static p => Path.GetFileName(p), static p => Parse(Path.GetFileName(p)).Status);

        Assert.Equal(
            new Dictionary<string, ReportStatus>
            {
                ["ecology-2021.docx"] = ReportStatus.Parsed,
                ["encrypted.docx"] = ReportStatus.Failed,
                ["forestry-2019.docx"] = ReportStatus.Parsed,
                ["legacy.doc"] = ReportStatus.Failed,
                ["not-word.docx"] = ReportStatus.Failed,
                ["truncated.docx"] = ReportStatus.Failed,
            },
            statuses);
    }
}
