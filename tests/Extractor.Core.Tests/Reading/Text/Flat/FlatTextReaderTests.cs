using Extractor.Core.Documents;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Reading.Text.Flat;
using Extractor.Core.Records;
using Extractor.Testing;
using Xunit.Abstractions;

namespace Extractor.Core.Tests.Reading.Text.Flat;

public sealed class FlatTextReaderTests(ITestOutputHelper output)
{
    public static TheoryData<string> Fixtures => new()
    {
        "qingwu-zrzyj-2023-flat",
        "liuxi-qu-2020-flat",
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Parse_FlatFixture_EveryCellMatchesGolden(string stem)
    {
        var result = Parse(TestPaths.Fixture("text", "flat", stem + ".txt"));
        var expected = ExpectedCells.Load(TestPaths.Fixture("text", "flat", stem + ".expected.json"));
        var comparison = expected.Compare(result.Cells);
        output.WriteLine(comparison.Summary(stem));

        Assert.Equal(expected.Template, result.Template);
        Assert.Equal(expected.Cells.Count, result.Cells.Count);
        Assert.Equal(expected.Cells.Count, comparison.Right.Count);
    }

    [Fact]
    public void Parse_AmbiguousRun_ListsCandidateSplitsAndKeepsRawRun()
    {
        var result = Parse(TestPaths.Fixture("text", "flat", "qingwu-zrzyj-2023-flat.txt"));

        var issued = result.Cells.Single(static c => c.Key == "active/normative_documents/issued");
        Assert.Equal(CellKind.Text, issued.Kind);
        Assert.Equal("41239", issued.Raw);
        var diagnostic = Assert.Single(result.Diagnostics, static d => d.Code == DiagnosticCodes.AmbiguousCells);
        Assert.Contains("[4|1|239]", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("[412|3|9]", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_InconsistentTable_DeterminedRowsKeptAsPrinted()
    {
        var result = Parse(TestPaths.Fixture("text", "flat", "liuxi-qu-2020-flat.txt"));
        decimal? Value(string key) => result.Cells.Single(c => c.Key == key).Value;

        // T3-SUM fails in the natural_person column (11 + 1 + 1 ≠ 9): the total stays 9, the row total 2 stays 2.
        Assert.Equal(9m, Value("applications/total_processed/natural_person"));
        Assert.Equal(2m, Value("applications/withheld_third_party/total"));
        Assert.Contains(result.Diagnostics, static d => d.Code == DiagnosticCodes.AmbiguousCells && d.Message.Contains("applications/granted", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_FlatBody_SectionsComeOutAsText()
    {
        var result = Parse(TestPaths.Fixture("text", "flat", "qingwu-zrzyj-2023-flat.txt"));

        Assert.StartsWith("2023年，青梧县自然资源局", result.Sections.Overall, StringComparison.Ordinal);
        Assert.Contains("\n本局收到政府信息公开申请22件", result.Sections.Overall, StringComparison.Ordinal);
        Assert.StartsWith("（一）存在的主要问题", result.Sections.Problems, StringComparison.Ordinal);
        Assert.StartsWith("本年度未收取信息处理费。", result.Sections.Other, StringComparison.Ordinal);
        Assert.DoesNotContain(result.Diagnostics, static d => d.Code == DiagnosticCodes.SectionMissing);
    }

    [Fact]
    public void Read_AmbiguousAppealsRun_CellsUncertain()
    {
        // Two splits keep every block's total: 10,1,0,0,11 and 1,0,10,0,11; the blocks after it are all zero either way.
        const string Body = "一、总体情况无。二、主动公开政府信息情况第二十条第（一）项信息内容本年制发件数本年废止件数现行有效件数规章000"
            + "三、收到和处理政府信息公开申请情况一、本年新收政府信息公开申请数量0000000"
            + "四、政府信息公开行政复议、行政诉讼情况行政复议结果维持总计10100110000000000"
            + "五、存在的主要问题及改进情况无。六、其他需要报告的事项无。";
        var diagnostics = new List<Diagnostic>();

        var blocks = FlatTextReader.Read(Body, 1, 0, diagnostics);

        var appeals = blocks.OfType<TableBlock>().Last();
        var values = appeals.Rows[^1];
        Assert.Equal(15, values.Count);
        Assert.Equal([true, true, true, false, false], values.Take(5).Select(static c => c.IsUncertain));
        Assert.All(values.Skip(5), static c => Assert.Equal("0", c.Text));
        Assert.Contains(diagnostics, static d => d.Code == DiagnosticCodes.AmbiguousCells && d.Message.StartsWith("appeals:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("一、本年新收政府信息公开申请数量640020470二、上年结转", true)]
    [InlineData("一、本年新收政府信息公开申请数量 713000074二、上年结转", true)]
    [InlineData("二、主动公开政府信息情况第二十条第（一）项 信息内容 规章000第二十条第（五）项信息内容行政许可10690", true)]
    [InlineData("一、本年新收政府信息公開申請數量640020470二、上年結轉", true)]
    [InlineData("一、本年新收政府信息公开申请数量 64 0 0 2 0 4 70", false)]
    [InlineData("第二十条第（一）项", false)]
    public void IsFlatBody_Line_DetectsGluedTables(string line, bool flat)
    {
        Assert.Equal(flat, FlatTextReader.IsFlatBody(line));
    }

    private static ReportResult Parse(string path) =>
        new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument(path, File.ReadAllBytes(path)));
}
