using Extractor.Core.Legacy;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Legacy;

public sealed class LegacyStatisticsReaderTests
{
    private static LegacyRow Glued(string label, string run) => new(label, "条", [run], run, "line 1");

    [Fact]
    public void Read_AmbiguousTotal_TheNarrativePicksTheOneSplitItStates()
    {
        List<Diagnostic> diagnostics = [];
        var statements = new[] { new NarrativeStatementRecord("active_published", 2069m, "条", "active", "主动公开政府信息2069条", "…", "sections/active") };

        var read = LegacyStatisticsReader.Read([Glued("主动公开文件数", "206912106"), Glued("政府网站公开数", "206912106")], statements, diagnostics);

        Assert.Equal((2069m, 12106m, "narrative"), (read[0].ThisYear, read[0].Cumulative, read[0].ResolvedBy));
        Assert.Equal(["20|6912106", "206|912106", "2069|12106"], read[0].Candidates);

        // The sub-item follows from its total by the table's own rule: no narrative needed for it.
        Assert.Equal((2069m, 12106m, (string?)null), (read[1].ThisYear, read[1].Cumulative, read[1].ResolvedBy));
        Assert.Empty(diagnostics);
    }

    [Fact]
    public void Read_AmbiguousWithoutStatement_MissingWithCandidatesAndADiagnostic()
    {
        List<Diagnostic> diagnostics = [];

        var read = Assert.Single(LegacyStatisticsReader.Read([Glued("主动公开文件数", "206912106")], [], diagnostics));

        Assert.Equal((CellKind.Missing, CellKind.Missing, (decimal?)null), (read.ThisYearKind, read.CumulativeKind, read.ThisYear));
        Assert.Equal(3, read.Candidates.Count);
        Assert.Equal(DiagnosticCodes.AmbiguousCells, Assert.Single(diagnostics).Code);
    }

    [Fact]
    public void Read_SourceContradictsItself_NotPrunedAway()
    {
        // Every split of the sub-item exceeds its total (0|5): the filter would leave nothing, so it is not applied and
        // the pair stays missing with both candidates, rather than vanishing or being forced to fit.
        List<Diagnostic> diagnostics = [];
        var rows = new[] { new LegacyRow("受理依申请公开信息总数", "条", ["0", "5"], "0 5", "line 1"), Glued("当面申请数", "1213") };

        var read = LegacyStatisticsReader.Read(rows, [], diagnostics);

        Assert.Equal(["1|213", "12|13"], read[1].Candidates);
        Assert.Equal(CellKind.Missing, read[1].ThisYearKind);
        Assert.Contains("2 valid ways", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_SeparatedCells_KindsAsWritten()
    {
        var rows = new[] { new LegacyRow("收取费用", "元", ["—", ""], "— | ", "table 1, row 3"), new LegacyRow("行政复议数", "件", ["1", "2", "3"], "1 2 3", "line 1") };
        List<Diagnostic> diagnostics = [];

        var read = LegacyStatisticsReader.Read(rows, [], diagnostics);

        Assert.Equal(("fees_collected", CellKind.Na, CellKind.Blank), (read[0].Key, read[0].ThisYearKind, read[0].CumulativeKind));
        Assert.Equal((CellKind.Missing, CellKind.Missing), (read[1].ThisYearKind, read[1].CumulativeKind));
        Assert.Equal(DiagnosticCodes.RowShape, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("主动公开文件数", "active_published")]
    [InlineData("政府网站公开数", "active_website")]
    [InlineData("电子邮件申请数", "applications_email")]
    [InlineData("信函、传真申请数", "applications_letter_fax")]
    [InlineData("同意部分公开答复数", "replies_partially_granted")]
    [InlineData("否决公开答复数", "replies_refused")]
    [InlineData("对申请的答复数", "replies_total")]
    [InlineData("接受行政诉讼、举报数", "complaints")]
    [InlineData("行政诉讼数", "lawsuits")]
    [InlineData("减免费用", "fees_waived")]
    [InlineData("会议次数", "other")]
    public void KeyOf_Label_ReturnsDocumentedKey(string label, string key) => Assert.Equal(key, LegacyIndicatorKeys.KeyOf(label));
}
