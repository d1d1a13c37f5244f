using System.Text;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Testing;

namespace Extractor.Core.Tests.Mapping;

/// <summary>
/// Table 二 cells the table's text leaves ambiguous, settled by what the narrative states (resolved_by narrative), and
/// the degraded variants that must stay missing. Two fixtures, each a copy of an existing fixture with table 二 degraded
/// and one narrative sentence added: <c>text/shredded/108_stranded-active-2021.shredded.md</c> (104's shredding with
/// the 行政规范性文件 废止 cell lifted above the table, as PDF-to-markdown converters do with multi-line cells; truth 5/1/37)
/// and <c>text/flat/qingwu-zrzyj-2023-narrative-flat.txt</c> (the glued run 41239 has six splits; truth 4/12/39).
/// </summary>
public sealed class NarrativeResolutionTests
{
    private const string Stated = "全年制发行政规范性文件5件，截至年底现行有效行政规范性文件37件。";
    private const string FlatStated = "全年印发行政规范性文件4件，现行有效的行政规范性文件39件。";

    private static readonly string s_stranded = TestPaths.Fixture("text", "shredded", "108_stranded-active-2021.shredded.md");
    private static readonly string s_flat = TestPaths.Fixture("text", "flat", "qingwu-zrzyj-2023-narrative-flat.txt");

    [Fact]
    public void Parse_StrandedValueAndNarrative_SettlesTheRowAndEveryOtherCellIsUnchanged()
    {
        var truth = Parse(TestPaths.Fixture("text", "104_markdown-2021.txt"));
        var report = Parse(s_stranded);
        var cells = report.Cells.ToDictionary(static c => c.Key, StringComparer.Ordinal);

        Assert.NotEmpty(truth.Cells);
        Assert.All(truth.Cells, t => Assert.Equal((t.Kind, t.Value), (cells[t.Key].Kind, cells[t.Key].Value)));
        Assert.Equal([5m, 1m, 37m], Normative(report).Select(static c => c.Value!.Value));
        Assert.All(Normative(report), static c => Assert.Equal(CellResolution.Narrative, c.ResolvedBy));
        Assert.All(report.Cells.Where(static c => c.Row == "regulations"), static c => Assert.Null(c.ResolvedBy));
        Assert.Contains(report.Diagnostics, static d => d.Code == DiagnosticCodes.LayoutRepaired && d.Message.Contains("resolved_by narrative", StringComparison.Ordinal));
        Assert.DoesNotContain(report.Checks, static c => c.Outcome == CheckOutcome.Fail);
    }

    [Fact]
    public void Parse_StrandedValueWithoutStatement_StaysMissing()
    {
        var report = ParseText(Variant(s_stranded, Stated, string.Empty));

        Assert.All(Normative(report), static c => Assert.Equal((CellKind.Missing, (decimal?)null), (c.Kind, c.Value)));
        Assert.Contains(report.Diagnostics, static d => d.Code == DiagnosticCodes.RowShape && d.Message.Contains("normative_documents", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StrandedValueWithDisagreeingStatements_StaysMissing()
    {
        var report = ParseText(Variant(s_stranded, Stated, Stated + "本年度共印发行政规范性文件6件。"));

        Assert.Equal(CellKind.Missing, Normative(report)[0].Kind);
        Assert.DoesNotContain(Normative(report), static c => c.ResolvedBy == CellResolution.Narrative && c.Col == "issued");
        Assert.Contains(report.Diagnostics, static d => d.Message.Contains("normative_documents/issued", StringComparison.Ordinal) && d.Message.Contains("different numbers", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StatementThatTwoReadingsAgreeWith_SettlesOnlyTheCellTheyShare()
    {
        // Only 制发 is stated: [5|1|37] and [5|37|1] both agree, so 废止 and 现行有效 stay missing (corpus 016's case).
        var report = ParseText(Variant(s_stranded, Stated, "全年制发行政规范性文件5件。"));
        var row = Normative(report);

        Assert.Equal((CellKind.Number, (decimal?)5m, CellResolution.Narrative), (row[0].Kind, row[0].Value, row[0].ResolvedBy));
        Assert.All(row.Skip(1), static c => Assert.Equal((CellKind.Missing, (decimal?)null), (c.Kind, c.Value)));
        Assert.Contains(report.Diagnostics, static d => d.Message.Contains("repealed, in_force still missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_StatementNoReadingAgreesWith_StaysMissingAndSaysSo()
    {
        var report = ParseText(Variant(s_stranded, Stated, "全年制发行政规范性文件7件。"));

        Assert.All(Normative(report), static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.Contains(report.Diagnostics, static d => d.Code == DiagnosticCodes.AmbiguousCells && d.Message.Contains("none of the", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_GluedRunAndNarrative_SettlesTheSplit()
    {
        var plain = Parse(TestPaths.Fixture("text", "flat", "qingwu-zrzyj-2023-flat.txt"));
        var report = Parse(s_flat);
        var cells = report.Cells.ToDictionary(static c => c.Key, StringComparer.Ordinal);

        Assert.All(Normative(plain), static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.Equal([4m, 12m, 39m], Normative(report).Select(static c => c.Value!.Value));
        Assert.All(Normative(report), static c => Assert.Equal(CellResolution.Narrative, c.ResolvedBy));
        Assert.NotEmpty(plain.Cells);
        Assert.All(plain.Cells.Where(static c => c.Row != "normative_documents"), p => Assert.Equal((p.Kind, p.Value), (cells[p.Key].Kind, cells[p.Key].Value)));
    }

    [Fact]
    public void Parse_GluedRunWithOneStatement_SettlesOnlyWhatEveryAgreeingSplitShares()
    {
        // 41239 with 制发 4: [4|1|239], [4|12|39], [4|123|9] remain.
        var report = ParseText(Variant(s_flat, FlatStated, "全年印发行政规范性文件4件。"));
        var row = Normative(report);

        Assert.Equal((4m, CellResolution.Narrative), (row[0].Value, row[0].ResolvedBy));
        Assert.All(row.Skip(1), static c => Assert.Equal(CellKind.Missing, c.Kind));
    }

    private static List<CellRecord> Normative(ReportResult report) =>
        report.Cells.Where(static c => c.Table == "active" && c.Row == "normative_documents").ToList();

    /// <summary>The fixture with one sentence replaced, under a name with the fixture's own extension.</summary>
    private static (string Name, string Text) Variant(string path, string from, string to)
    {
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        return ("variant" + Path.GetExtension(path), text.Replace(from, to, StringComparison.Ordinal));
    }

    private static ReportResult Parse(string path) => Parse(path, File.ReadAllBytes(path));

    private static ReportResult ParseText((string Name, string Text) variant) => Parse(variant.Name, Encoding.UTF8.GetBytes(variant.Text));

    private static ReportResult Parse(string path, byte[] content) =>
        new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument(path, content));
}
