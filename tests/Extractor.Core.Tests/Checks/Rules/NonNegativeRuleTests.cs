using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class NonNegativeRuleTests
{
    [Fact]
    public void Check_NoNegative_OnePassForTheReport()
    {
        var r = Assert.Single(CheckRun.Of(ReportBuilder.V2021().Build(), "NEG"));

        Assert.Equal(CheckOutcome.Pass, r.Outcome);
        Assert.Equal("report", r.Scope);
    }

    [Fact]
    public void Check_2019ChangeNegative_IsAllowed()
    {
        var report = ReportBuilder.V2019().Rows("active", """
            penalty 2648 -18 538
            fees    35 -15
            """).Build();

        Assert.Equal(CheckOutcome.Pass, Assert.Single(CheckRun.Of(report, "NEG")).Outcome);
    }

    [Fact]
    public void Check_NegativeCount_FailsPerCellInTemplateOrder()
    {
        var report = ReportBuilder.V2021()
            .Cell("appeals/review/upheld", "-1")
            .Cell("applications/granted/commercial", "-2")
            .Build();

        var results = CheckRun.Of(report, "NEG");

        Assert.Equal(["applications/granted/commercial", "appeals/review/upheld"], results.Select(r => r.Scope));
        Assert.All(results, r => Assert.Equal(CheckOutcome.Fail, r.Outcome));
        Assert.Equal(-2m, results[0].Actual);
    }

    [Fact]
    public void Check_NoNumberAtAll_IsNotAssessable()
    {
        var report = ReportBuilder.V2021().Without("active").Without("applications").Without("appeals").Build();

        Assert.Equal(CheckOutcome.NotAssessable, Assert.Single(CheckRun.Of(report, "NEG")).Outcome);
    }
}
