using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class OutcomeSumRuleTests
{
    [Fact]
    public void Check_SubRowsOf2021Counted_Passes()
    {
        var report = ReportBuilder.V2021().Rows("applications", """
            new_received          6 0 0 0 0 0 6
            granted               2 0 0 0 0 0 2
            withheld_process_info 1 0 0 0 0 0 1
            other_no_correction   1 0 0 0 0 0 1
            other_misc            2 0 0 0 0 0 2
            total_processed       6 0 0 0 0 0 6
            """).Build();

        Assert.All(CheckRun.Of(report, "T3-SUM"), r => Assert.Equal(CheckOutcome.Pass, r.Outcome));
    }

    [Fact]
    public void Check_OutcomesExceedTotal_FailsNamingTheNonZeroRows()
    {
        var report = ReportBuilder.V2019().Rows("applications", """
            new_received            20 0 0 0 0 0 20
            granted                  6 0 0 0 0 0 6
            partially_granted        6 0 0 0 0 0 6
            unavailable_not_held     4 0 0 0 0 0 4
            not_processed_duplicate  3 0 0 0 0 0 3
            unavailable_unclear      3 0 0 0 0 0 3
            other_handling           4 0 0 0 0 0 4
            total_processed         20 0 0 0 0 0 20
            """).Build();

        var r = CheckRun.Single(report, "T3-SUM", "natural_person");

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Equal(20m, r.Actual);
        Assert.Equal(26m, r.Expected);
        Assert.Contains("其他处理 4", r.Message, StringComparison.Ordinal);
        Assert.Contains("= 26", r.Message, StringComparison.Ordinal);
        Assert.Contains("applications/other_handling/natural_person", r.Cells);
    }

    [Fact]
    public void Check_2021ReportKeeping2019OtherHandlingRow_CountsIt()
    {
        var report = ReportBuilder.V2021()
            .Without("applications", "other_no_correction").Without("applications", "other_unpaid_fee").Without("applications", "other_misc")
            .Rows("applications", """
                new_received    5 0 0 0 0 0 5
                granted         3 0 0 0 0 0 3
                other_handling  2 0 0 0 0 0 2
                total_processed 5 0 0 0 0 0 5
                """).Build();

        var r = CheckRun.Single(report, "T3-SUM", "natural_person");

        Assert.Equal(CheckOutcome.Pass, r.Outcome);
        Assert.Contains("applications/other_handling/natural_person", r.Cells);
        Assert.DoesNotContain("applications/other_misc/natural_person", r.Cells);
    }

    [Fact]
    public void Check_TotalBlankWithOutcomes_IsNotAssessable()
    {
        var report = ReportBuilder.V2021().Rows("applications", """
            new_received    4 0 0 0 0 0 4
            granted         4 0 0 0 0 0 4
            total_processed _ 0 0 0 0 0 4
            """).Build();

        Assert.Equal(CheckOutcome.NotAssessable, CheckRun.Single(report, "T3-SUM", "natural_person").Outcome);
    }
}
