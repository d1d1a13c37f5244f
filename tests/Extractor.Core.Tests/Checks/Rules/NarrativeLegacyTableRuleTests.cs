using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

/// <summary>
/// NARR-LEG: a number the narrative of a pre-2019 report states for a row of its old statistics table equals that row.
/// The sentences are phrasings of the pattern in my own words, each consistent or not with one table; a consistent one
/// raises no fail, a sentence about something else raises nothing at all.
/// </summary>
public class NarrativeLegacyTableRuleTests
{
    private const string County = "示例县人民政府";
    private const string Bureau = "示例县水利局";

    // 7 received this year: 3 by e-mail, 4 online, none in person, by fax, by letter or otherwise; 3 replies (2 granted, 1 partly).
    private static readonly (string Key, string Label, string Unit, decimal ThisYear, decimal Cumulative)[] s_table =
    [
        ("applications_received", "受理依申请公开信息总数", "条", 7, 28),
        ("applications_in_person", "当面申请数", "条", 0, 18),
        ("applications_fax", "传真申请数", "条", 0, 0),
        ("applications_email", "电子邮件申请数", "条", 3, 6),
        ("applications_online", "网上申请数", "条", 4, 4),
        ("applications_letter", "信函申请数", "条", 0, 0),
        ("applications_other_form", "其它形式申请数", "条", 0, 0),
        ("replies_total", "对申请的答复数", "条", 3, 24),
        ("replies_granted", "同意公开答复数", "条", 2, 19),
        ("replies_partially_granted", "同意部分公开答复数", "条", 1, 3),
        ("replies_refused", "否决公开答复数", "条", 0, 2),
        ("reviews", "行政复议数", "件", 0, 0),
        ("lawsuits", "行政诉讼数", "件", 0, 0),
        ("fees_collected", "收取费用", "元", 120, 300),
    ];

    [Theory]
    // Consistent: every statement passes.
    [InlineData("2013年共收到政府信息公开申请7条，其中电子邮件申请3条，网上申请4条。", "applications_received=Pass applications_email=Pass applications_online=Pass")]
    [InlineData("全年受理依申请公开信息7件，其中网上4件、电子邮件3件。", "applications_received=Pass applications_online=Pass applications_email=Pass")]
    [InlineData("本年度以电子邮件方式提出申请3件，通过网络提交申请4件，未收到当面申请。", "applications_email=Pass applications_online=Pass")]
    [InlineData("对申请的答复总数3条，其中同意公开答复2条，同意部分公开答复1条。", "replies_total=Pass replies_granted=Pass replies_partially_granted=Pass")]
    [InlineData("共收到申请7件，答复3件，其中同意公开2件，部分公开1件。", "applications_received=Pass replies_total=Pass replies_granted=Pass replies_partially_granted=Pass")]
    [InlineData("共收到申请7件，其中同意公开2件、部分公开1件。", "applications_received=Pass replies_granted=Pass replies_partially_granted=Pass")]
    [InlineData("本年度共收取信息公开费用120元。", "fees_collected=Pass")]
    [InlineData("本年度收费0.012万元。", "fees_collected=Pass")]
    [InlineData("本年度发生行政复议0件，行政诉讼0件。", "reviews=Pass lawsuits=Pass")]

    // Degraded: full-width digits, a line break inside the sentence, 件/项 for 条, ASCII punctuation.
    [InlineData("２０１３年共收到政府信息公开申请７条，网上申请数４条。", "applications_received=Pass applications_online=Pass")]
    [InlineData("2013年共收到政府信息公开\n申请7条，其中网上申请\n4条。", "applications_received=Pass applications_online=Pass")]
    [InlineData("2013年共收到申请7项,其中网上4项,电子邮件3项.", "applications_received=Pass applications_online=Pass applications_email=Pass")]
    [InlineData("2013年共收到政府信息公開申請7條，其中網上申請4條，電子郵件申請3條。", "applications_received=Pass applications_online=Pass applications_email=Pass")]
    [InlineData("2013年共收到政府信息公开申请 7 条（其中网上申请 4 条、电子邮件申请 3 条）。", "applications_received=Pass applications_online=Pass applications_email=Pass")]

    // Inconsistent: the prose and the table disagree (channels swapped, a reply count, a fee).
    [InlineData("2013年全县共收到有关政府信息公开的申请7条，网上申请数3条，信函申请数4条。", "applications_received=Pass applications_online=Fail applications_letter=Fail")]
    [InlineData("共收到申请7件，其中网上3件、信函4件。", "applications_received=Pass applications_online=Fail applications_letter=Fail")]
    [InlineData("２０１３年共收到申请７条，其中网上\n３条、信函４条。", "applications_received=Pass applications_online=Fail applications_letter=Fail")]
    [InlineData("对依申请公开的答复总数3条，其中同意公开答复数3条。", "replies_total=Pass replies_granted=Fail")]
    [InlineData("本年度收取费用100元。", "fees_collected=Fail")]
    [InlineData("本年度共收到政府信息公开申请9件。", "applications_received=Fail")]
    [InlineData("2013年共收到政府信息公開申請7條，網上申請數3條，信函申請數4條。", "applications_received=Pass applications_online=Fail applications_letter=Fail")]
    public void Check_StatementAboutARowOfTheOldTable_Judged(string sentence, string expected)
    {
        var report = Legacy(County, sentence);

        var actual = CheckRun.Of(report, "NARR-LEG").Select(r => $"{r.Scope.Replace("sections/applications/", string.Empty, StringComparison.Ordinal)}={r.Outcome}");

        Assert.Equal(expected.Split(' '), actual);
    }

    [Theory]
    [InlineData(County, "县直各单位收到申请5件，其中网上申请3件。")]
    [InlineData(County, "网上3件，信函4件。")]
    [InlineData(County, "2012年共收到申请10件，网上申请8件。")]
    [InlineData(County, "全年以信函、传真方式申请5件。")]
    [InlineData(County, "2013年制作、获取政府信息总数3618条，作为依申请公开信息数107条，不予公开信息数1658条。")]
    [InlineData(County, "在互联网上，2013年主动公开信息数为1713条，网上公开信息1713条。")]
    [InlineData(County, "现场咨询1600人次，电话咨询3200人次。")]
    [InlineData(County, "网上申请较上年增加3件。")]
    [InlineData(County, "受理申请7件（含上年结转2件），其中网上申请4件。")]
    [InlineData(County, "其它公开答复数1条。")]
    [InlineData(County, "未收到行政复议申请，未收取任何费用。")]
    [InlineData(County, "用于设立公开栏等产生的政府信息公开费用1万元。")]
    [InlineData(Bureau, "全县共收到政府信息公开申请50件，其中网上申请30件。")]
    public void Check_StatementAboutSomethingElse_RaisesNothing(string agency, string sentence)
    {
        Assert.Empty(CheckRun.Of(Legacy(agency, sentence), "NARR-LEG"));
    }

    [Fact]
    public void Check_Fail_QuotesTheSentenceAndNamesTheTableCell()
    {
        var r = CheckRun.Single(Legacy(County, "2013年全县共收到有关政府信息公开的申请7条，网上申请数3条，信函申请数4条。"), "NARR-LEG", "sections/applications/applications_online");

        Assert.Equal((CheckOutcome.Fail, Severity.Warning, 4m, 3m), (r.Outcome, r.Severity, r.Expected, r.Actual));
        Assert.Equal(["legacy_indicators/applications_online/this_year"], r.Cells);
        Assert.Equal(["sections/applications", "legacy_indicators/applications_online/this_year"], r.Evidence.Select(static e => e.Ref));
        Assert.Contains("网上申请数3条", r.Evidence[0].Raw, StringComparison.Ordinal);
        Assert.Equal("row 5", r.Evidence[1].At);
        Assert.Contains("叙述 3 ≠ 网上申请数(本年度) 4", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RowTheNarrativeResolvedOrNotANumber_NotAssessable()
    {
        var resolved = Legacy(County, "网上申请数3条，电子邮件申请数3条。", row => row.Key switch
        {
            "applications_online" => row with { ResolvedBy = "narrative" },
            "applications_email" => row with { ThisYearKind = CellKind.Missing, ThisYear = null },
            _ => row,
        });

        var results = CheckRun.Of(resolved, "NARR-LEG");

        Assert.NotEmpty(results);
        Assert.All(results, static r => Assert.Equal(CheckOutcome.NotAssessable, r.Outcome));
        Assert.Equal(2, results.Count);
    }

    [Fact]
    public void Check_KeyTwiceInTheTable_NoStatement()
    {
        var report = Legacy(County, "网上申请数3条。");
        report = report with { LegacyIndicators = [.. report.LegacyIndicators, report.LegacyIndicators.First(static i => i.Key == "applications_online")] };

        Assert.Empty(CheckRun.Of(report, "NARR-LEG"));
    }

    [Fact]
    public void Check_NoStatisticsTable_RaisesNothing()
    {
        var report = Legacy(County, "2013年共收到政府信息公开申请9件，网上申请3件。") with { LegacyIndicators = [] };

        Assert.Empty(CheckRun.Of(report, "NARR-LEG"));
    }

    private static ReportResult Legacy(string agency, string applications, Func<LegacyIndicator, LegacyIndicator>? change = null)
    {
        var rows = s_table.Select((t, i) => new LegacyIndicator(t.Key, t.Label, t.Unit, CellKind.Number, t.ThisYear, CellKind.Number, t.Cumulative,
            $"{t.ThisYear} {t.Cumulative}", null, [], $"row {i + 1}")).Select(change ?? (static r => r)).ToList();
        return ReportBuilder.V2021(2013).Agency(agency, agency).Build() with
        {
            Template = "legacy",
            Cells = [],
            Sections = new ReportSections("概述。", "主动公开。", applications, null, "存在问题。", null),
            LegacyIndicators = rows,
        };
    }
}
