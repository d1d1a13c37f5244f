using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class InForceRuleTests
{
    private static ReportResult Active(ReportBuilder builder, int year, string normative) =>
        builder.Uri($"test://{year}").Agency("平潭综合实验区", "平潭综合实验区").Rows("active", $"normative_documents {normative}").Build();

    [Fact]
    public void CheckAcross_InForceCarriesOn_Passes()
    {
        var reports = new[] { Active(ReportBuilder.V2021(2021), 2021, "69 3 665"), Active(ReportBuilder.V2021(2022), 2022, "88 55 698") };

        var r = Assert.Single(CheckRun.Across(reports, 1, "X-IN-FORCE"), c => c.Scope == "normative_documents");

        Assert.Equal(CheckOutcome.Pass, r.Outcome);
        Assert.Equal(Severity.Info, r.Severity);
        Assert.Equal(698m, r.Expected);
        Assert.Contains("本年废止 55", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAcross_InForceJumps_Fails()
    {
        var reports = new[] { Active(ReportBuilder.V2021(2021), 2021, "69 3 600"), Active(ReportBuilder.V2021(2022), 2022, "88 55 698") };

        var r = Assert.Single(CheckRun.Across(reports, 1, "X-IN-FORCE"), c => c.Scope == "normative_documents");

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Equal(633m, r.Expected);
    }

    [Fact]
    public void CheckAcross_PreviousYearIn2019Format_NoResult()
    {
        var reports = new[]
        {
            ReportBuilder.V2019(2020).Agency("平潭综合实验区", "平潭综合实验区").Build(),
            Active(ReportBuilder.V2021(2021), 2021, "1 0 5"),
        };

        Assert.Empty(CheckRun.Across(reports, 1, "X-IN-FORCE"));
        Assert.NotEmpty(CheckRun.Across(reports, 1, "X-CARRY"));
    }
}
