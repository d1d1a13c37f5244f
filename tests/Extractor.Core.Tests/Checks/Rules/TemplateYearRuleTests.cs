using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class TemplateYearRuleTests
{
    [Theory]
    [InlineData("2019", 2019, CheckOutcome.Pass)]
    [InlineData("2019", 2020, CheckOutcome.Pass)]
    [InlineData("2021", 2021, CheckOutcome.Pass)]
    [InlineData("2021", 2025, CheckOutcome.Pass)]
    [InlineData("2019", 2023, CheckOutcome.Fail)]
    [InlineData("2021", 2020, CheckOutcome.Fail)]
    [InlineData("legacy", 2013, CheckOutcome.Pass)]
    [InlineData("legacy", 2022, CheckOutcome.Fail)]
    public void Check_TemplateAgainstYear_Judged(string template, int year, CheckOutcome outcome)
    {
        var report = ReportBuilder.V2021(year).Template(template).Build();

        var r = Assert.Single(CheckRun.Of(report, "TEMPLATE-YEAR"));

        Assert.Equal(outcome, r.Outcome);
        Assert.Equal(Severity.Warning, r.Severity);
    }

    [Fact]
    public void Check_OldFormatIn2023_NamesBoth()
    {
        var r = Assert.Single(CheckRun.Of(ReportBuilder.V2019(2023).Build(), "TEMPLATE-YEAR"));

        Assert.Equal(2021m, r.Expected);
        Assert.Equal(2019m, r.Actual);
        Assert.Contains("2023", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_YearUnknown_IsNotAssessable()
    {
        var r = Assert.Single(CheckRun.Of(ReportBuilder.V2021(null).Build(), "TEMPLATE-YEAR"));

        Assert.Equal(CheckOutcome.NotAssessable, r.Outcome);
    }
}
