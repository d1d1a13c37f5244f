using Extractor.Core.Checks;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Ocr;
using Extractor.Testing;

namespace Extractor.Pdf.Tests.Integration;

/// <summary>
/// The PDF fixtures end to end through <see cref="ExtractionPipeline"/>, checked the way a watchdog would (pdfplumber
/// test_nics_report): every figure of tables 三 and 四 equals the HTML it was rendered from, and every total adds up.
/// </summary>
public class PdfFixtureReportsTests
{
    // Without OCR: the scanned fixture stands for a PDF without a text layer (OCR has its own tests in Ocr/).
    private static readonly ExtractionPipeline s_parser = new([new PdfReportReader(new OcrOptions { Enabled = false })]);

    public static TheoryData<string, string> Reports => new()
    {
        { "county-2021", "2021" },
        { "bureau-2019", "2019" },
    };

    private static ReportResult Parse(string fileName)
    {
        var path = TestPaths.Fixture("pdf", fileName);
        return s_parser.Parse(new SourceDocument(path, File.ReadAllBytes(path)));
    }

    private static string Describe(IEnumerable<CheckResult> checks) =>
        string.Join("\n", checks.Select(static c => $"{c.Rule} {c.Scope} {c.Outcome}: {c.Message}"));

    [Theory]
    [InlineData("county-2021", ReportStatus.Parsed, "2021", 2022)]
    // The bureau's table 二 prints only the 第（一）项 and 第（九）项 blocks and it has no section 六, as some real reports do.
    [InlineData("bureau-2019", ReportStatus.Partial, "2019", 2019)]
    public void Parse_ReportFixture_HasStatusTemplateAndYear(string stem, ReportStatus status, string template, int year)
    {
        var report = Parse(stem + ".pdf");

        Assert.Equal(status, report.Status);
        Assert.Equal(template, report.Template);
        Assert.Equal(year, report.Year);
        Assert.Equal("pdf", report.Source.Format);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Parse_ReportFixture_TablesThreeAndFourEqualTheHtmlSource(string stem, string template)
    {
        var expected = HtmlSourceFigures.Read(TestPaths.Fixture("pdf", stem + ".html"), template);
        var report = Parse(stem + ".pdf");

        var cells = report.Cells.Where(static c => c.Table is "applications" or "appeals").ToList();
        Assert.All(cells, static c => Assert.True(c.Kind == CellKind.Number, $"{c.Key} is {c.Kind} ({c.Raw}) at {c.At}"));
        var actual = cells.ToDictionary(static c => c.Key, static c => c.Value!.Value, StringComparer.Ordinal);
        var wrong = expected.Keys.Union(actual.Keys)
            .Where(k => !expected.TryGetValue(k, out var want) || !actual.TryGetValue(k, out var got) || want != got)
            .Select(k => $"{k}: source {(expected.TryGetValue(k, out var w) ? w : "-")}, PDF {(actual.TryGetValue(k, out var g) ? g : "-")}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{stem}: {wrong.Count} cells differ from the HTML source:\n{string.Join("\n", wrong)}");
        Assert.Equal((template == "2021" ? 25 : 23) * 7 + 15, actual.Count);
    }

    [Theory]
    [MemberData(nameof(Reports))]
    public void Parse_ReportFixture_EveryTotalAddsUp(string stem, string template)
    {
        var report = Parse(stem + ".pdf");

        Assert.True(!report.Checks.Any(static c => c.Outcome == CheckOutcome.Fail), Describe(report.Checks.Where(static c => c.Outcome == CheckOutcome.Fail)));

        // Not failing is not enough: each arithmetic rule must have been assessed, on every column and row.
        var arithmetic = report.Checks.Where(static c => c.Rule is "T3-ID" or "T3-SUM" or "T3-COL" or "T4-SUM" or "NEG").ToList();
        Assert.True(arithmetic.All(static c => c.Outcome == CheckOutcome.Pass), Describe(arithmetic.Where(static c => c.Outcome != CheckOutcome.Pass)));
        Assert.Equal(7, arithmetic.Count(static c => c.Rule == "T3-ID"));
        Assert.Equal(7, arithmetic.Count(static c => c.Rule == "T3-SUM"));
        Assert.Equal(HtmlSourceFigures.ApplicationRows(template), arithmetic.Where(static c => c.Rule == "T3-COL").Select(static c => c.Scope));
        Assert.Equal(["review", "litigation_direct", "litigation_after_review"], arithmetic.Where(static c => c.Rule == "T4-SUM").Select(static c => c.Scope));
        Assert.Equal("report", Assert.Single(arithmetic, static c => c.Rule == "NEG").Scope);
    }

    [Theory]
    [InlineData("county-2021", "applications/other_unpaid_fee/research", new[] { "T3-SUM research", "T3-COL other_unpaid_fee" })]
    [InlineData("county-2021", "applications/carried_forward/total", new[] { "T3-ID total", "T3-COL carried_forward" })]
    [InlineData("bureau-2019", "applications/other_handling/natural_person", new[] { "T3-SUM natural_person", "T3-COL other_handling" })]
    [InlineData("bureau-2019", "appeals/litigation_after_review/pending", new[] { "T4-SUM litigation_after_review" })]
    public void Check_OneFigureOff_FailsExactlyTheRulesThatUseIt(string stem, string key, string[] failing)
    {
        var report = Parse(stem + ".pdf");
        var changed = report with { Cells = [.. report.Cells.Select(c => c.Key == key ? c with { Value = c.Value + 1 } : c)] };

        var results = ReportChecker.Check(changed);

        Assert.Equal(failing, results.Where(static c => c.Outcome == CheckOutcome.Fail).Select(static c => $"{c.Rule} {c.Scope}"));
    }

    [Fact]
    public void Parse_EncryptedPdf_IsAFailedReportNamingTheReason()
    {
        var report = Parse("encrypted.pdf");

        Assert.Equal(ReportStatus.Failed, report.Status);
        Assert.Equal("pdf", report.Source.Format);
        Assert.Empty(report.Cells);
        Assert.Empty(report.Checks);
        var diagnostic = Assert.Single(report.Diagnostics);
        Assert.Equal(DiagnosticCodes.Unreadable, diagnostic.Code);
        Assert.Contains("encrypted.pdf", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("encrypted and needs a password", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BlankPageWithSmallIcon_IsNotAScanAndTheReportReadsAsWithoutIt()
    {
        // county-2021 with a fourth page that has no text and only a 40 pt icon (tools/make-pdf-fixtures.sh).
        var plain = Parse("county-2021.pdf");
        var report = Parse("county-2021-icon-page.pdf");

        Assert.Equal(plain.Status, report.Status);
        Assert.DoesNotContain(report.Diagnostics, static d => d.Code == DiagnosticCodes.BadTextLayer || d.Message.Contains("scanned", StringComparison.Ordinal));
        Assert.NotEmpty(plain.Cells);
        Assert.Equal(plain.Cells.Select(static c => (c.Key, c.Kind, c.Value)), report.Cells.Select(static c => (c.Key, c.Kind, c.Value)));
    }

    [Fact]
    public void Parse_EveryPdfFixtureInOneRun_BadFilesFailAndTheRestAreRead()
    {
        var statuses = Directory.GetFiles(TestPaths.Fixture("pdf"), "*.pdf")
            .Order(StringComparer.Ordinal)
            .ToDictionary(static p => Path.GetFileNameWithoutExtension(p), static p => Parse(Path.GetFileName(p)).Status);

        Assert.Equal(
            new Dictionary<string, ReportStatus>
            {
                ["bureau-2019"] = ReportStatus.Partial,
                ["county-2021"] = ReportStatus.Parsed,
                ["county-2021-icon-page"] = ReportStatus.Parsed,
                ["encrypted"] = ReportStatus.Failed,
                ["landscape-section4"] = ReportStatus.NotAReport,
                ["scan-image-only"] = ReportStatus.Failed,
                ["truncated"] = ReportStatus.Failed,
                ["unmapped-font"] = ReportStatus.Failed,
            },
            statuses);
    }
}
