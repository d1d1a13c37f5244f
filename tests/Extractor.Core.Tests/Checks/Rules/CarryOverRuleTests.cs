using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class CarryOverRuleTests
{
    private static ReportResult Year2020(string forward, string agency = "平潭综合实验区") =>
        ReportBuilder.V2019(2020).Uri("test://2020").Agency(agency, agency)
            .Rows("applications", $"carried_forward {forward}").Build();

    private static ReportResult Year2021(string over, string agency = "平潭综合实验区", string? simplified = null) =>
        ReportBuilder.V2021(2021).Uri("test://2021").Agency(agency, simplified ?? agency)
            .Rows("applications", $"carried_over {over}").Build();

    [Fact]
    public void CheckAcross_2020To2021TemplateChange_PassesOnTheLaterReport()
    {
        var reports = new[] { Year2020("1 0 0 0 0 0 1"), Year2021("1 0 0 0 0 0 1") };

        var later = CheckRun.Across(reports, 1, "X-CARRY");

        Assert.Equal(7, later.Count);
        Assert.All(later, r => Assert.Equal(CheckOutcome.Pass, r.Outcome));
        Assert.Empty(CheckRun.Across(reports, 0, "X-CARRY"));
    }

    [Fact]
    public void CheckAcross_Mismatch_FailsWithOtherReportAsSource()
    {
        var reports = new[] { Year2021("2 0 0 0 0 0 2"), Year2020("1 0 0 0 0 0 1") };

        var r = Assert.Single(CheckRun.Across(reports, 0, "X-CARRY"), c => c.Scope == "natural_person");

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Equal(Severity.Warning, r.Severity);
        Assert.Equal(2m, r.Actual);
        Assert.Equal(1m, r.Expected);
        Assert.Equal(["applications/carried_over/natural_person"], r.Cells);
        Assert.Equal("test://2020", Assert.Single(r.Evidence, e => e.Source is not null).Source);
        Assert.Contains("2020年结转下年度 1", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckAcross_TraditionalAndSimplifiedAgency_Matched()
    {
        var reports = new[]
        {
            Year2020("3 0 0 0 0 0 3", "平潭综合实验区（管委会）"),
            Year2021("4 0 0 0 0 0 4", "平潭綜合實驗區 (管委會)", "平潭综合实验区(管委会)"),
        };

        Assert.Contains(CheckRun.Across(reports, 1, "X-CARRY"), r => r.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void CheckAcross_DifferentAgencyOrGapYear_NoResult()
    {
        var other = new[] { Year2020("1 0 0 0 0 0 1", "另一个局"), Year2021("0 0 0 0 0 0 0") };
        var gap = new[] { ReportBuilder.V2019(2019).Agency("平潭综合实验区", "平潭综合实验区").Build(), Year2021("0 0 0 0 0 0 0") };

        Assert.Empty(CheckRun.Across(other, 1, "X-CARRY"));
        Assert.Empty(CheckRun.Across(gap, 1, "X-CARRY"));
    }

    [Fact]
    public void CheckAcross_BlankCarriedForward_IsNotAssessable()
    {
        var reports = new[] { Year2020("_ 0 0 0 0 0 0"), Year2021("1 0 0 0 0 0 1") };

        Assert.Equal(CheckOutcome.NotAssessable, Assert.Single(CheckRun.Across(reports, 1, "X-CARRY"), r => r.Scope == "natural_person").Outcome);
    }

    [Fact]
    public void CheckAcross_RunTwice_SameChecks()
    {
        var reports = new[] { Year2020("1 0 0 0 0 0 1"), Year2021("1 0 0 0 0 0 1") };
        var once = Extractor.Core.Checks.ReportChecker.CheckAcross(reports);

        var twice = Extractor.Core.Checks.ReportChecker.CheckAcross(once);

        Assert.Equal(once[1].Checks.Count, twice[1].Checks.Count);
        Assert.Equal(7, twice[1].Checks.Count);
    }
}
