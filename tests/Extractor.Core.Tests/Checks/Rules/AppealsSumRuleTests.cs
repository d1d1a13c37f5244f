using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class AppealsSumRuleTests
{
    [Fact]
    public void Check_RowsSumToTotal_Passes()
    {
        var report = ReportBuilder.V2021().Rows("appeals", """
            review                  72 64 178 37 351
            litigation_direct       13 4 8 1 26
            litigation_after_review 12 1 1 6 20
            """).Build();

        Assert.All(CheckRun.Of(report, "T4-SUM"), r => Assert.Equal(CheckOutcome.Pass, r.Outcome));
    }

    [Fact]
    public void Check_TotalPrintedZeroAgainstResults_Fails()
    {
        var report = ReportBuilder.V2021().Rows("appeals", """
            review 10 1 0 0 0
            """).Build();

        var r = CheckRun.Single(report, "T4-SUM", "review");

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Equal(0m, r.Actual);
        Assert.Equal(11m, r.Expected);
        Assert.StartsWith("T4-SUM 行政复议: 总计 0 ≠ 结果维持 10 + 结果纠正 1 + 其他结果 0 + 尚未审结 0 = 11", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ResultsAllNotApplicable_IsNotAssessable()
    {
        var report = ReportBuilder.V2021().Rows("appeals", """
            litigation_direct / / / / 0
            """).Build();

        Assert.Equal(CheckOutcome.NotAssessable, CheckRun.Single(report, "T4-SUM", "litigation_direct").Outcome);
    }

    [Fact]
    public void Check_TableMissing_IsNotAssessable()
    {
        var report = ReportBuilder.V2019().Without("appeals").Build();

        var results = CheckRun.Of(report, "T4-SUM");

        Assert.Equal(3, results.Count);
        Assert.All(results, r => Assert.Equal(CheckOutcome.NotAssessable, r.Outcome));
        Assert.All(results, r => Assert.Contains("table appeals not found", r.Message, StringComparison.Ordinal));
    }
}
