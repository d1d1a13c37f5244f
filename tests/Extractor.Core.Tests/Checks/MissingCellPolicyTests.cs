using Extractor.Core.Checks;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks;

/// <summary>SCHEMA.md §2 and §4: no `fail` ever rests on a cell we could not read, nor on a cell a rule placed itself.</summary>
public sealed class MissingCellPolicyTests
{
    private static CheckResult Result(ReportResult report, string rule, string scope) =>
        ReportChecker.Check(report).Single(r => r.Rule == rule && r.Scope == scope);

    [Fact]
    public void Check_RowTotalWithAMissingParticipant_IsNotAssessableNeverFail()
    {
        // 5 ≠ 1 + 0 + … would be a fail, but one applicant cell could not be read: the gap may hold the 4.
        var report = ReportBuilder.V2021().Rows("applications", "granted 1 ? 0 0 0 0 5").Build();

        var colCheck = ReportChecker.Check(report).Single(r => r.Rule == "T3-COL" && r.Cells.Contains("applications/granted/total"));
        Assert.Equal(CheckOutcome.NotAssessable, colCheck.Outcome);
        Assert.Contains("missing", colCheck.Message, StringComparison.Ordinal);
        Assert.Null(colCheck.Expected);
        Assert.Equal(CheckOutcome.NotAssessable, Result(report, "T3-SUM", "commercial").Outcome);
    }

    [Fact]
    public void Check_SameRowBlankInsteadOfMissing_IsAFail()
    {
        // The control: a cell the source shows empty counts as 0, so the same figures are a real inconsistency.
        var report = ReportBuilder.V2021().Rows("applications", "granted 1 _ 0 0 0 0 5").Build();

        Assert.Contains(ReportChecker.Check(report), static r => r.Rule == "T3-COL" && r.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void Check_CellsPlacedByRowOrder_IdentitiesThatAcceptedThemAreNotAssessable()
    {
        var built = ReportBuilder.V2021().Rows("applications", "partially_granted 2 0 0 0 0 0 2\nnew_received 2 0 0 0 0 0 2\ntotal_processed 2 0 0 0 0 0 2").Build();
        var report = built with
        {
            Cells = built.Cells.Select(static c => c.Row == "partially_granted" ? c with { ResolvedBy = CellResolution.Order } : c).ToList(),
        };

        var results = ReportChecker.Check(report);
        Assert.Equal(CheckOutcome.NotAssessable, Result(report, "T3-SUM", "natural_person").Outcome);
        Assert.Contains(results, static r => r.Rule == "T3-COL" && r.Cells.Contains("applications/partially_granted/total") && r.Outcome == CheckOutcome.NotAssessable);
        Assert.Equal(CheckOutcome.Pass, Result(report, "T3-ID", "natural_person").Outcome);
        Assert.DoesNotContain(results, static r => r.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void Check_CellTheNarrativeResolved_NarrativeNumberIsNotAssessable()
    {
        var built = ReportBuilder.V2021().Rows("appeals", "review 1 0 0 0 1").Overall("本年度发生行政复议1件。").Build();
        var report = built with
        {
            Cells = built.Cells.Select(static c => c.Key == "appeals/review/total" ? c with { ResolvedBy = CellResolution.Narrative } : c).ToList(),
        };

        Assert.All(ReportChecker.Check(report).Where(static r => r.Rule == "NARR-NUM"), static r => Assert.Equal(CheckOutcome.NotAssessable, r.Outcome));
        Assert.Contains(ReportChecker.Check(built), static r => r.Rule == "NARR-NUM" && r.Outcome == CheckOutcome.Pass);
    }
}
