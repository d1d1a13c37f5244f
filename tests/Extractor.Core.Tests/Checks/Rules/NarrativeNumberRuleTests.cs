using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class NarrativeNumberRuleTests
{
    private const string County = "测试县人民政府";
    private const string Bureau = "测试县发展和改革局";

    // 705 natural + 8 legal persons new, 36 carried over: 749 handled, 718 answered, 31 carried forward.
    private static ReportBuilder Table(string agency) => ReportBuilder.V2021(2025).Agency(agency, agency)
        .Rows("applications", """
            new_received    705 3 0 0 0 5 713
            carried_over     36 0 0 0 0 0 36
            granted         710 3 0 0 0 5 718
            total_processed 710 3 0 0 0 5 718
            carried_forward  31 0 0 0 0 0 31
            """)
        .Rows("appeals", """
            review                  50 5 3 3 61
            litigation_direct        2 0 1 0 3
            litigation_after_review  5 2 2 1 10
            """);

    [Theory]
    [InlineData(County, "本年度共收到政府信息公开申请713件。", "received=Pass")]
    [InlineData(County, "本年度共收到政府信息公开申请700件。", "received=Fail")]
    [InlineData(County, "2025年，全县收到政府信息公开申请713件，涉及自然人705件、商业企业3件，均在法定期限内予以答复。", "received=Pass received.natural_person=Pass received.commercial=Pass")]

    // Received: the words decide whether the carried applications are in the number, not whichever sum fits.
    [InlineData(County, "全县全年共受理政府信息公开申请749件，其中自然人741件，法人或其他组织8件。", "received=Fail received.natural_person=Fail received.legal_persons=Pass")]
    [InlineData(County, "全县全年共受理政府信息公开申请749件（含上年结转36件），其中自然人741件，法人或其他组织8件。", "received=Pass carried_over=Pass received.natural_person=Pass received.legal_persons=Pass")]
    [InlineData(County, "全县全年共受理政府信息公开申请749件（含上年结转36件）。", "received=Pass carried_over=Pass")]
    [InlineData(County, "全县全年共受理政府信息公开申请713件（含上年结转36件）。", "received=Fail carried_over=Pass")]
    [InlineData(County, "本年度共收到政府信息公开申请749件，其中上年结转36件。", "received=Pass")]
    [InlineData(County, "本年度共受理政府信息公开申请749件（含2024年度结转申请36件）。", "received=Pass")]
    [InlineData(County, "本年度共收到政府信息公开申请749件，包括上年结转的申请36件。", "received=Pass carried_over=Pass")]
    [InlineData(County, "加上上年结转36件，本年度共受理政府信息公开申请749件。", "carried_over=Pass received=Pass")]
    [InlineData(County, "连同上年结转的申请，本年度共受理政府信息公开申请749件。", "received=Pass")]
    [InlineData(County, "本年度新收政府信息公开申请713件，上年结转36件。", "received=Pass carried_over=Pass")]
    [InlineData(County, "本年度新收政府信息公开申请749件，上年结转36件。", "received=Fail carried_over=Pass")]
    [InlineData(County, "2025年，全县收到政府信息公开申请749件，涉及自然人741件、商业企业3件。", "received=Fail received.natural_person=Fail received.commercial=Pass")]

    // Answered: 办结/答复 name 办理结果总计 whatever follows; 办理 with 其中/含…结转下年度 names the applications in hand.
    [InlineData(County, "共办理718件，31件结转下年度继续办理。", "processed=Pass carried_forward=Pass")]
    [InlineData(County, "已办结政府信息公开申请718件（含上年结转36件），结转下年度继续办理31件。", "processed=Pass carried_over=Pass carried_forward=Pass")]
    [InlineData(County, "答复718件（含上年结转36件）。", "processed=Pass carried_over=Pass")]
    [InlineData(County, "共办理政府信息公开申请749件，其中办结718件，结转下年度31件。", "processed=Pass carried_forward=Pass")]
    [InlineData(County, "共办理政府信息公开申请749件（含结转下年度继续办理31件）。", "processed=Pass carried_forward=Pass")]
    [InlineData(County, "共办理政府信息公开申请749件。", "processed=Fail")]
    [InlineData(County, "办结政府信息公开申请749件，其中结转下年度31件。", "processed=Fail")]

    // Appeals: 行政诉讼 heads both lawsuit blocks.
    [InlineData(County, "本年度发生行政复议61件、行政诉讼13件。", "review=Pass litigation=Pass")]
    [InlineData(County, "本年度发生行政诉讼3件。", "litigation=Fail")]
    [InlineData(County, "本年度发生行政复议60件。", "review=Fail")]
    [InlineData(County, "本年度共收到政府信息公開申請713件，辦結718件。", "received=Pass processed=Pass")]
    public void Check_StatementAboutTheTable_Judged(string agency, string sentence, string expected)
    {
        var report = Table(agency).Overall(sentence).Build();

        var actual = CheckRun.Of(report, "NARR-NUM").Select(r => $"{r.Scope.Replace("sections/overall/", string.Empty, StringComparison.Ordinal)}={r.Outcome}");

        Assert.Equal(expected.Split(' '), actual);
    }

    [Theory]
    [InlineData(Bureau, "全县共收到政府信息公开申请5000件，其中我局收到713件。")]
    [InlineData(Bureau, "本年度全市各级行政机关共受理政府信息公开申请1200件。")]
    [InlineData(County, "县政府办公室收到政府信息公开申请12件。")]
    [InlineData(County, "2024年共收到政府信息公开申请300件，本年度有所增加。")]
    [InlineData(County, "收到群众诉求348件，现场解决162件，办结率100%。")]
    [InlineData(County, "本年度收到政府信息公开申请较上年增加120件。")]
    [InlineData(County, "本年度行政复议和行政诉讼共74件。")]
    [InlineData(County, "其中区政府办公室办结12件。")]
    [InlineData(County, "尚未办结申请5件。")]
    [InlineData(County, "办结自然人申请20件。")]
    public void Check_StatementAboutSomethingElse_RaisesNothing(string agency, string sentence)
    {
        var report = Table(agency).Overall(sentence).Build();

        Assert.Empty(CheckRun.Of(report, "NARR-NUM"));
    }

    [Fact]
    public void Check_TotalSayingItIncludesCarriedOver_PassesAgainstNewPlusCarried()
    {
        var report = Table(County).Overall("全县全年共受理政府信息公开申请749件（含上年结转36件）。").Build();

        var r = CheckRun.Single(report, "NARR-NUM", "sections/overall/received");

        Assert.Equal(CheckOutcome.Pass, r.Outcome);
        Assert.Equal(749m, r.Expected);
        Assert.Contains("本年新收总计 713 + 上年结转总计 36 = 749", r.Message, StringComparison.Ordinal);
        Assert.Equal(["applications/new_received/total", "applications/carried_over/total"], r.Cells);
    }

    [Fact]
    public void Check_TotalSilentlyIncludingCarriedOver_FailsAgainstNewWithTheLikelyCause()
    {
        // The report's words say "received 749"; the table says 713 were received. The sum fitting is the cause, not an excuse.
        var report = Table(County).Overall("全县全年共受理政府信息公开申请749件。").Build();

        var r = CheckRun.Single(report, "NARR-NUM", "sections/overall/received");

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Equal(713m, r.Expected);
        Assert.Equal(749m, r.Actual);
        Assert.Equal(["applications/new_received/total"], r.Cells);
        Assert.Contains("叙述数等于 本年新收总计 713 + 上年结转总计 36 = 749，但叙述未写明含结转的申请", r.Message, StringComparison.Ordinal);
        Assert.Contains("does not say it counts the carried applications", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PlainMismatch_HasNoHint()
    {
        var report = Table(County).Overall("全县全年共受理政府信息公开申请700件。").Build();

        Assert.DoesNotContain("叙述数等于", CheckRun.Single(report, "NARR-NUM", "sections/overall/received").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_Mismatch_CarriesSentenceSectionAndCells()
    {
        var report = Table(County).Overall("本年度共收到政府信息公开申请700件。").Build();

        var r = CheckRun.Single(report, "NARR-NUM", "sections/overall/received");

        Assert.Equal(Severity.Warning, r.Severity);
        Assert.Equal(700m, r.Actual);
        Assert.Equal(713m, r.Expected);
        Assert.Equal(new CheckEvidence("sections/overall", "本年度共收到政府信息公开申请700件", "sections/overall"), r.Evidence[0]);
        Assert.Contains("applications/new_received/total", r.Cells);
        Assert.Contains("≠", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TableCellsBlank_IsNotAssessable()
    {
        var report = Table(County).Rows("appeals", "review _ _ _ _ _").Overall("本年度发生行政复议2件。").Build();

        Assert.Equal(CheckOutcome.NotAssessable, CheckRun.Single(report, "NARR-NUM", "sections/overall/review").Outcome);
    }

    [Fact]
    public void Check_TwoStatementsSameQuantity_ScopesNumbered()
    {
        var report = Table(County).Overall("本年度共收到政府信息公开申请713件。本年度共收到政府信息公开申请713件。").Build();

        Assert.Equal(["sections/overall/received", "sections/overall/received#2"], CheckRun.Of(report, "NARR-NUM").Select(r => r.Scope));
    }
}
