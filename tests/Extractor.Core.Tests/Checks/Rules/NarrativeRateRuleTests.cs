using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

/// <summary>
/// NARR-RATE: a completion rate the narrative states agrees with the counts stated with it. Phrasings of the pattern in
/// my own words, degraded (full-width digits and ％, line breaks inside the sentence, 项 for 件, ASCII punctuation).
/// </summary>
public class NarrativeRateRuleTests
{
    [Theory]
    // Consistent: a pass, never a fail.
    [InlineData("今年共受理审批事项117件，办结117件，办结率100%。", "completion_rate=Pass")]
    [InlineData("全年受理行政审批事项200项，办结199项，办结率99.5%。", "completion_rate=Pass")]
    [InlineData("受理申请200件，办结199件，办结率100%。", "completion_rate=Pass")]
    [InlineData("受理３００件，办结２９９件，办结率９９.７％。", "completion_rate=Pass")]
    [InlineData("共受理审批事项117件，\n办结117件，办结率\n100%。", "completion_rate=Pass")]
    [InlineData("收到政府信息公开申请20件，答复20件，答复率100%。", "reply_rate=Pass")]
    [InlineData("受理审批事项117件,办结117件,按时办结率100%.", "on_time_rate=Pass")]
    [InlineData("受理审批事项10件，办结10件，办结率100%；受理备案事项5件，办结4件，办结率80%。", "completion_rate=Pass completion_rate#2=Pass")]
    [InlineData("受理咨询投诉1000件，办结985件，办结率为98.5%。", "completion_rate=Pass")]

    // Inconsistent: the rate or the counts disagree.
    [InlineData("今年我局共受理审批事项117件，办结171件，办结率100%。", "completion_rate=Fail")]
    [InlineData("受理申请200件，办结180件，办结率99.5%。", "completion_rate=Fail")]
    [InlineData("受理审批事项117件，办结171件，按时办结率100%。", "on_time_rate=Fail")]
    [InlineData("受理１００项，办结\n９０项，办结率１００％。", "completion_rate=Fail")]
    [InlineData("受理审批事项117件，办结171件，办结率146.2%。", "completion_rate=Fail")]
    public void Check_RateWithItsCounts_Judged(string sentence, string expected)
    {
        var actual = CheckRun.Of(Report(sentence), "NARR-RATE").Select(r => $"{r.Scope.Replace("sections/other/", string.Empty, StringComparison.Ordinal)}={r.Outcome}");

        Assert.Equal(expected.Split(' '), actual);
    }

    [Theory]
    [InlineData("收到群众诉求348件，现场解决162件，跟进解决186件，办结率100%。")]
    [InlineData("受理审批事项117件（含上年结转10件），办结127件，办结率100%。")]
    [InlineData("受理审批事项117件，办结171件。")]
    [InlineData("共办理政府12345热线47件，已全部办结，回复率和满意率均达100%。")]
    [InlineData("受理117件，其中网上受理100件，办结117件，办结率100%。")]
    [InlineData("受理117件，办结117项，办结率100%。")]
    [InlineData("受理审批事项117件，较上年增加10件，办结117件，办结率100%。")]
    [InlineData("政府门户网站公开率100%，现场咨询1600人次，占32.65%。")]
    public void Check_NoRateWithExactlyItsTwoCounts_RaisesNothing(string sentence)
    {
        Assert.Empty(CheckRun.Of(Report(sentence), "NARR-RATE"));
    }

    [Fact]
    public void Check_Fail_QuotesTheSentenceAndSaysWhy()
    {
        var r = CheckRun.Single(Report("今年我局共受理审批事项117件，办结171件，办结率100%。"), "NARR-RATE", "sections/other/completion_rate");

        Assert.Equal((CheckOutcome.Fail, Severity.Warning, 146.15m, 100m), (r.Outcome, r.Severity, r.Expected, r.Actual));
        Assert.Empty(r.Cells);
        var sentence = Assert.Single(r.Evidence);
        Assert.Equal(("sections/other", "今年我局共受理审批事项117件，办结171件，办结率100%"), (sentence.Ref, sentence.Raw));
        Assert.Contains("171 ÷ 117 = 146.15%", r.Message, StringComparison.Ordinal);
        Assert.Contains("大于受理数", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_EveryTemplate_Judged()
    {
        var legacy = Report("受理审批事项117件，办结171件，办结率100%。") with { Template = "legacy", Cells = [] };

        Assert.Equal(CheckOutcome.Fail, Assert.Single(CheckRun.Of(legacy, "NARR-RATE")).Outcome);
    }

    private static ReportResult Report(string other) =>
        ReportBuilder.V2021(2023).Sections(new ReportSections("总体情况。", null, null, null, "存在问题。", other)).Build();
}
