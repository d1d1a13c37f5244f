using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Corpus.Tests;

/// <summary>
/// The fixtures of fixtures/legacy, one per pattern: a pre-2019 report as HTML and as PDF (LibreOffice rendering of the
/// same HTML), the same agency's next two years as glued crawler dumps, a current-format report whose numbering is off,
/// and converter output with stranded table labels and no 五 heading.
/// </summary>
public sealed partial class LegacyFixtureTests(ITestOutputHelper output)
{
    private static readonly ExtractionPipeline s_parser = Readers.CreateParser();

    [Theory]
    [InlineData("legacy-2015.html")]
    [InlineData("legacy-2015.pdf")]
    public void Parse_PreFormatReport_IndicatorsEqualTheSourceTableAndSectionsByPartName(string file)
    {
        var report = Parse(file);

        Assert.Equal((ReportStatus.Parsed, "legacy", 2015), (report.Status, report.Template, report.Year));
        var source = SourceRows();
        Assert.NotEmpty(source);
        Assert.Equal(source, report.LegacyIndicators.Select(static i => (i.Label, i.Unit, i.ThisYear, i.Cumulative)).ToList());
        Assert.All(report.LegacyIndicators, static i => Assert.Null(i.ResolvedBy));
        Assert.Equal(
            ["active_published", "active_website", "active_gazette", "applications_received", "applications_in_person", "applications_online", "applications_letter_fax",
             "replies_total", "replies_granted", "replies_partially_granted", "replies_refused", "replies_other", "reviews", "lawsuits", "fees_collected"],
            report.LegacyIndicators.Select(static i => i.Key));

        AssertSections(report, ("overall", "调整了信息公开工作领导小组"), ("active", "主动公开政府信息356条"), ("applications", "共受理政府信息公开申请12件"),
            ("appeals", "引发行政复议1件"), ("problems", "统一答复文书格式"), ("other", "未收取政府信息公开检索"));
        Assert.DoesNotContain("指标名称", report.Sections.Problems, StringComparison.Ordinal);
        var checks = report.Checks.Where(static c => c.Rule.StartsWith("LEG-", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(checks);
        Assert.All(checks, static c => Assert.Equal(CheckOutcome.Pass, c.Outcome));
        Assert.Contains(report.Statements, static s => s.Quantity == "active_published" && s.Value == 356m);
        Assert.Contains(report.Statements, static s => s.Quantity == "website_visits" && s.Value == 35120m && s.Unit == "人次");
        Assert.Contains(report.Statements, static s => s.Quantity == "trainings" && s.Value == 2m);
    }

    [Fact]
    public void Parse_GluedDump_SplitsByTheTableAndLeavesAnAmbiguousPairMissing()
    {
        var report = Parse("legacy-2016-glued.txt");

        Assert.Equal((ReportStatus.Partial, "legacy", 2016), (report.Status, report.Template, report.Year));
        Assert.Equal(
            "active_published 412 2892; active_website 395 2785; active_gazette 17 107; applications_received 15 90; applications_in_person 7 37; " +
            "applications_online 5 30; applications_letter_fax 3 23; replies_total 15 90; replies_granted 10 60; replies_partially_granted 2 12; " +
            "replies_refused 1 9; replies_other 2 9; reviews 1 4; lawsuits 0 1; complaints  ; fees_collected 0 120",
            string.Join("; ", report.LegacyIndicators.Select(static i => FormattableString.Invariant($"{i.Key} {i.ThisYear} {i.Cumulative}"))));
        var complaints = Assert.Single(report.LegacyIndicators, static i => i.Key == "complaints");
        Assert.Equal((CellKind.Missing, CellKind.Missing, "1213"), (complaints.ThisYearKind, complaints.CumulativeKind, complaints.Raw));
        Assert.Equal(["1|213", "12|13"], complaints.Candidates);
        Assert.Contains(report.Diagnostics, static d => d.Code == DiagnosticCodes.AmbiguousCells && d.Message.Contains("complaints", StringComparison.Ordinal));
        Assert.Contains(report.Checks, static c => c.Rule == "LEG-CUM" && c.Scope == "complaints" && c.Outcome == CheckOutcome.NotAssessable);

        AssertSections(report, ("overall", "全年组织信息公开业务培训3次"), ("active", "主动公开政府信息412条"), ("applications", "共受理政府信息公开申请15件"),
            ("appeals", "引发行政复议1件"), ("problems", "建立信息报送考核制度"), ("other", "未收取政府信息公开相关费用"));
        Assert.DoesNotContain("指标名称", report.Sections.Problems, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAcross_ThreeYears_TheYearBeforeResolvesAPairAndEveryCumulativeAddsUp()
    {
        var reports = ExtractionPipeline.CheckAcross([Parse("legacy-2015.html"), Parse("legacy-2016-glued.txt"), Parse("legacy-2017-glued.txt")]);

        var fees = Assert.Single(reports[2].LegacyIndicators, static i => i.Key == "fees_collected");
        Assert.Equal((15m, 135m, "cross_year"), (fees.ThisYear, fees.Cumulative, fees.ResolvedBy));
        Assert.Equal(["1|5135", "15|135"], fees.Candidates);

        var across = reports.SelectMany(static r => r.Checks).Where(static c => c.Rule == "X-LEG-CUM").ToList();
        Assert.NotEmpty(across);
        Assert.DoesNotContain(across, static c => c.Outcome == CheckOutcome.Fail);
        Assert.Equal(15, reports[1].Checks.Count(static c => c.Rule == "X-LEG-CUM" && c.Outcome == CheckOutcome.Pass));

        // 2017: complaints cannot be judged (2016's pair is missing); fees was chosen by this very identity.
        Assert.Contains(reports[2].Checks, static c => c.Rule == "X-LEG-CUM" && c.Scope == "complaints" && c.Outcome == CheckOutcome.NotAssessable);
        Assert.Contains(reports[2].Checks, static c => c.Rule == "X-LEG-CUM" && c.Scope == "fees_collected" && c.Outcome == CheckOutcome.NotAssessable);
        Assert.Equal(14, reports[2].Checks.Count(static c => c.Rule == "X-LEG-CUM" && c.Outcome == CheckOutcome.Pass));
    }

    [Fact]
    public void Parse_NonStandardNumbering_SectionsByMeaning()
    {
        var report = Parse("nonstandard-numbering-2022.html");

        Assert.Equal("2021", report.Template);
        Assert.Contains(report.Cells, static c => c.Key == "applications/new_received/total" && c.Value == 114m);
        AssertSections(report, ("overall", "（政府信息公开平台建设）本机关门户网站全年稳定运行"), ("overall", "（依申请公开办理）"), ("overall", "（主动公开工作）"),
            ("active", "（六）补充说明"), ("problems", "个别栏目更新滞后"), ("problems", "建立栏目更新台账"), ("other", "本年度未收取信息处理费"));
        Assert.DoesNotContain("台账", report.Sections.Appeals ?? string.Empty, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShreddedConverterOutput_StrandedLabelsOpenNoSection()
    {
        var report = Parse("shredded-converter-2024.md");

        AssertSections(report, ("problems", "建立了信息发布提醒机制"), ("problems", "基层工作人员业务能力有待提升"), ("other", "本年度未收取信息处理费"));
        Assert.DoesNotContain("提醒机制", report.Sections.Applications ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("提醒机制", report.Sections.Appeals ?? string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("收到和处理政府信息公开申请情况", report.Sections.Appeals ?? string.Empty, StringComparison.Ordinal);
        Assert.NotNull(report.Sections.AtOf("problems"));
    }

    private ReportResult Parse(string file)
    {
        var path = TestPaths.Fixture("legacy", file);
        var report = s_parser.Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        output.WriteLine($"{file}: {report.Status} {report.Template} {report.LegacyIndicators.Count} indicators, {report.Statements.Count} statements");
        return report;
    }

    private static void AssertSections(ReportResult report, params (string Section, string Phrase)[] phrases)
    {
        var sections = report.Sections.AsPairs().ToDictionary(static p => p.Key, static p => p.Value ?? string.Empty, StringComparer.Ordinal);
        Assert.All(phrases, p => Assert.True(sections[p.Section].Contains(p.Phrase, StringComparison.Ordinal), $"`{p.Section}` lacks 「{p.Phrase}」"));
    }

    /// <summary>The statistics table of legacy-2015.html as its source writes it: the golden file is the HTML itself.</summary>
    private static List<(string Label, string Unit, decimal? ThisYear, decimal? Cumulative)> SourceRows()
    {
        var html = File.ReadAllText(TestPaths.Fixture("legacy", "legacy-2015.html"));
        return RowPattern().Matches(html)
            .Select(static m => (
                NumberingPattern().Replace(m.Groups[1].Value, string.Empty),
                m.Groups[2].Value,
                (decimal?)decimal.Parse(m.Groups[3].Value, CultureInfo.InvariantCulture),
                (decimal?)decimal.Parse(m.Groups[4].Value, CultureInfo.InvariantCulture)))
            .ToList();
    }

    [GeneratedRegex(@"<tr><td>([^<]+)</td><td>([^<]+)</td><td>(\d+)</td><td>(\d+)</td></tr>")]
    private static partial Regex RowPattern();

    [GeneratedRegex(@"^(?:其中：)?(?:\d\.)?")]
    private static partial Regex NumberingPattern();
}
