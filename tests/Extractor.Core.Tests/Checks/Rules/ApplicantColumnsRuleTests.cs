using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Rules;

public class ApplicantColumnsRuleTests
{
    [Fact]
    public void Check_ScopesAreTheRowsInTemplateOrder()
    {
        var scopes = CheckRun.Of(ReportBuilder.V2021().Build(), "T3-COL").Select(r => r.Scope).ToList();

        Assert.Equal(25, scopes.Count);
        Assert.Equal("new_received", scopes[0]);
        Assert.Equal("carried_forward", scopes[^1]);
    }

    [Fact]
    public void Check_TotalDiffersFromColumns_Fails()
    {
        var report = ReportBuilder.V2021().Rows("applications", """
            granted 1 0 0 0 0 3 5
            """).Build();

        var r = CheckRun.Single(report, "T3-COL", "granted");

        Assert.Equal(CheckOutcome.Fail, r.Outcome);
        Assert.Equal(5m, r.Actual);
        Assert.Equal(4m, r.Expected);
        Assert.StartsWith("T3-COL 予以公开: 总计 5 ≠ 自然人 1 + 商业企业 0 + 科研机构 0 + 社会公益组织 0 + 法律服务机构 0 + 其他 3 = 4", r.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_LegalPersonColumnsLeftEmpty_BlanksCountAsZero()
    {
        // A real layout: the five 法人或其他组织 columns are empty cells, 自然人 = 总计.
        var report = ReportBuilder.V2021().Rows("applications", """
            new_received 26 _ _ _ _ _ 26
            """).Build();

        Assert.Equal(CheckOutcome.Pass, CheckRun.Single(report, "T3-COL", "new_received").Outcome);
    }

    [Fact]
    public void Check_TotalColumnLeftBlankOnDetailRow_IsNotAssessableNotFail()
    {
        var report = ReportBuilder.V2021().Rows("applications", """
            granted 3 1 0 0 0 0 _
            """).Build();

        Assert.Equal(CheckOutcome.NotAssessable, CheckRun.Single(report, "T3-COL", "granted").Outcome);
    }

    [Fact]
    public void Check_ExtraOtherHandlingRowIn2021_IsCheckedToo()
    {
        var report = ReportBuilder.V2021().Rows("applications", """
            other_handling 1 1 0 0 0 0 3
            """).Build();

        Assert.Equal(CheckOutcome.Fail, CheckRun.Single(report, "T3-COL", "other_handling").Outcome);
    }
}
