using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class StructureRuleTests
{
    [Theory]
    [InlineData("2021")]
    [InlineData("2019")]
    public void Check_CompleteReport_Passes(string template)
    {
        var builder = template == "2021" ? ReportBuilder.V2021() : ReportBuilder.V2019();

        var r = Assert.Single(CheckRun.Of(builder.Build(), "STRUCT"));

        Assert.Equal(CheckOutcome.Pass, r.Outcome);
        Assert.Equal(r.Expected, r.Actual);
    }

    [Fact]
    public void Check_EmptyCellsFoundInTheTable_StillComplete()
    {
        var report = ReportBuilder.V2021().Rows("applications", "granted _ _ _ _ _ _ _").Build();

        Assert.Equal(CheckOutcome.Pass, Assert.Single(CheckRun.Of(report, "STRUCT")).Outcome);
    }

    [Fact]
    public void Check_2021TableWith2019OtherHandlingRow_Fails()
    {
        var report = ReportBuilder.V2021(2023)
            .Without("applications", "other_no_correction").Without("applications", "other_unpaid_fee").Without("applications", "other_misc")
            .Rows("applications", "other_handling 0 0 0 0 0 0 0")
            .Build();

        var r = Assert.Single(CheckRun.Of(report, "STRUCT"));

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Contains("other_handling", r.Message, StringComparison.Ordinal);
        Assert.Contains("applications/other_misc/total", r.Cells);
        Assert.Contains("applications/other_handling/total", r.Cells);
        Assert.Contains(r.Evidence, e => e.Ref == "applications/other_handling/natural_person");
    }

    [Fact]
    public void Check_TableMissing_Fails()
    {
        var report = ReportBuilder.V2021().Without("appeals").Build();

        var r = Assert.Single(CheckRun.Of(report, "STRUCT"));

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Contains("table appeals not found", r.Message, StringComparison.Ordinal);
        Assert.Equal(r.Expected - 15 - 1, r.Actual);
    }

    [Fact]
    public void Check_RowMissing_FailsNamingIt()
    {
        var report = ReportBuilder.V2021().Without("applications", "withheld_query_matter").Build();

        var r = Assert.Single(CheckRun.Of(report, "STRUCT"));

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Contains("withheld_query_matter", r.Message, StringComparison.Ordinal);
        Assert.Equal(7, r.Cells.Count);
    }

    [Fact]
    public void Check_SectionHeadingMissing_Fails()
    {
        var report = ReportBuilder.V2021().Sections(new ReportSections("总体情况。", null, null, null, null, "其他。")).Build();

        var r = Assert.Single(CheckRun.Of(report, "STRUCT"));

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Contains("section problems not found", r.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("section applications", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LegacyReport_HasNoStructureResult()
    {
        var report = ReportBuilder.V2021(2013).Template("legacy").Build();

        Assert.Empty(CheckRun.Of(report, "STRUCT"));
    }
}
