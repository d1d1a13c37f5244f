using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class ApplicationsIdentityRuleTests
{
    [Fact]
    public void Check_AllZeroReport_PassesEverySevenColumns()
    {
        var results = CheckRun.Of(ReportBuilder.V2021().Build(), "T3-ID");

        Assert.Equal(["natural_person", "commercial", "research", "social_welfare", "legal_service", "other_org", "total"], results.Select(r => r.Scope));
        Assert.All(results, r => Assert.Equal(CheckOutcome.Pass, r.Outcome));
    }

    [Fact]
    public void Check_ReceivedExceedsDisposed_FailsWithBothSumsAndCells()
    {
        var report = ReportBuilder.V2021().Rows("applications", """
            new_received    12 0 0 0 0 0 12
            carried_over     1 0 0 0 0 0 1
            granted         10 0 0 0 0 0 10
            total_processed 10 0 0 0 0 0 10
            carried_forward  2 0 0 0 0 0 2
            """).Build();

        var r = CheckRun.Single(report, "T3-ID", "natural_person");

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Equal(Severity.Error, r.Severity);
        Assert.Equal(13m, r.Actual);
        Assert.Equal(12m, r.Expected);
        Assert.StartsWith("T3-ID 自然人: 本年新收 12 + 上年结转 1 = 13 ≠ 办理结果总计 10 + 结转下年度 2 = 12 / T3-ID natural_person: new_received 12 + carried_over 1 = 13 != total_processed 10 + carried_forward 2 = 12", r.Message, StringComparison.Ordinal);
        Assert.Equal(
            ["applications/new_received/natural_person", "applications/carried_over/natural_person", "applications/total_processed/natural_person", "applications/carried_forward/natural_person"],
            r.Cells);
        Assert.Equal("12", r.Evidence[0].Raw);
        Assert.Equal("applications new_received natural_person", r.Evidence[0].At);
    }

    [Fact]
    public void Check_BlankCellOnOneSideAmongNumbers_CountsAsZero()
    {
        var report = ReportBuilder.V2021().Rows("applications", """
            new_received    5 0 0 0 0 0 5
            carried_over    _ 0 0 0 0 0 0
            granted         5 0 0 0 0 0 5
            total_processed 5 0 0 0 0 0 5
            carried_forward / 0 0 0 0 0 0
            """).Build();

        Assert.Equal(CheckOutcome.Pass, CheckRun.Single(report, "T3-ID", "natural_person").Outcome);
    }

    [Fact]
    public void Check_WholeSideBlank_IsNotAssessableWithNullValues()
    {
        var report = ReportBuilder.V2021().Rows("applications", """
            new_received    _ 0 0 0 0 0 0
            carried_over    / 0 0 0 0 0 0
            granted         3 0 0 0 0 0 3
            total_processed 3 0 0 0 0 0 3
            """).Build();

        var r = CheckRun.Single(report, "T3-ID", "natural_person");

        Assert.Equal(CheckOutcome.NotAssessable, r.Outcome);
        Assert.Null(r.Expected);
        Assert.Null(r.Actual);
        Assert.Contains("not filled in", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TextCell_IsNotAssessable()
    {
        var report = ReportBuilder.V2021().Cell("applications/new_received/total", "见附件").Build();

        var r = CheckRun.Single(report, "T3-ID", "total");

        Assert.Equal(CheckOutcome.NotAssessable, r.Outcome);
        Assert.Contains("见附件", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TableMissing_EveryColumnNotAssessable()
    {
        var report = ReportBuilder.V2021().Without("applications").Build();

        Assert.All(CheckRun.Of(report, "T3-ID"), r => Assert.Equal(CheckOutcome.NotAssessable, r.Outcome));
    }

    [Fact]
    public void Check_2019Template_FailsTheSameWay()
    {
        var report = ReportBuilder.V2019().Rows("applications", """
            new_received 3 0 0 0 0 0 3
            """).Build();

        Assert.Equal(CheckOutcome.Fail, CheckRun.Single(report, "T3-ID", "total").Outcome);
    }
}
