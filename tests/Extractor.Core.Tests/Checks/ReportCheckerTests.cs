using Extractor.Core.Checks;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks;

public class ReportCheckerTests
{
    [Theory]
    [InlineData(ReportStatus.Failed)]
    [InlineData(ReportStatus.NotAReport)]
    public void Check_NothingRead_NoResults(ReportStatus status)
    {
        var report = ReportBuilder.V2021().Rows("appeals", "review 1 0 0 0 5").Status(status).Build();

        Assert.Empty(ReportChecker.Check(report));
    }

    [Fact]
    public void Check_ConsistentReport_NoFailAndCatalogueOrder()
    {
        var results = ReportChecker.Check(ReportBuilder.V2021().Status(ReportStatus.Partial).Build());

        Assert.DoesNotContain(results, r => r.Outcome == CheckOutcome.Fail);
        var order = RuleCatalog.InReport.Select(r => r.Id).ToList();
        var positions = results.Select(r => order.IndexOf(r.Rule)).ToList();
        Assert.Equal(positions.Order(), positions);
        // The narrative rules judge only what the narrative states, and the LEG rules only a pre-2019 table: none here.
        Assert.Equal(order.Where(id => !id.StartsWith("NARR-", StringComparison.Ordinal) && !id.StartsWith("LEG-", StringComparison.Ordinal)), results.Select(r => r.Rule).Distinct());
    }

    [Fact]
    public void Check_SameReportTwice_SameResults()
    {
        var report = ReportBuilder.V2021().Rows("appeals", "review 1 0 0 0 5").Overall("本年度发生行政复议5件。").Build();

        Assert.Equal(ReportChecker.Check(report).Select(r => r.Message), ReportChecker.Check(report).Select(r => r.Message));
    }

    [Fact]
    public void Check_LegacyReport_OnlyTemplateYear()
    {
        var report = ReportBuilder.V2021(2013).Template("legacy").Build();

        Assert.Equal(["TEMPLATE-YEAR"], ReportChecker.Check(report).Select(r => r.Rule));
    }

    [Fact]
    public void CheckAcross_KeepsInputOrderAndInReportChecks()
    {
        var a = ReportBuilder.V2021(2022).Uri("test://a").Build();
        var b = ReportBuilder.V2021(2021).Uri("test://b").Build();
        var inReport = ReportChecker.Check(a);

        var across = ReportChecker.CheckAcross([a with { Checks = inReport }, b]);

        Assert.Equal(["test://a", "test://b"], across.Select(r => r.Source.Uri));
        Assert.Equal(inReport, across[0].Checks.Take(inReport.Count));
        Assert.Equal(["X-CARRY", "X-IN-FORCE"], across[0].Checks.Skip(inReport.Count).Select(r => r.Rule).Distinct());
    }
}
