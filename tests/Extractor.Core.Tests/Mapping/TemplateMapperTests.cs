using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Mapping;

public sealed class TemplateMapperTests
{
    private const string Head = "某局2023年政府信息公开工作年度报告\n一、总体情况\n概况。\n二、主动公开政府信息情况\n";

    private static ReportResult Parse(string text) =>
        new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument("t.txt", Encoding.UTF8.GetBytes(text)));

    private static CellRecord Cell(ReportResult r, string key) => r.Cells.Single(c => c.Key == key);

    [Fact]
    public void Map_GridRowMissingOneCell_DoesNotShiftTheOthers()
    {
        // 规范性文件 has two of three cells and no geometry says which is missing: nothing is placed by counting.
        var r = Parse(Head + "信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | 1 | 2 | 3 |\n行政规范性文件 | 4 | 5 |\n");

        Assert.Equal(1m, Cell(r, "active/regulations/issued").Value);
        Assert.Equal(3m, Cell(r, "active/regulations/in_force").Value);
        Assert.All(r.Cells.Where(static c => c.Row == "normative_documents"), static c => Assert.Equal(CellKind.Missing, c.Kind));
        Assert.Contains(r.Diagnostics, static d => d.Code == DiagnosticCodes.RowShape && d.Message.Contains("4 | 5", StringComparison.Ordinal));
        Assert.Equal(ReportStatus.Partial, r.Status);
    }

    [Fact]
    public void Map_RealGridRowMissingOneCell_PlacesTheOthersUnderTheirHeaders()
    {
        // A grid with true columns (HTML, PDF): the header above each value says where it goes.
        TableCell C(string text, int row, int col) => new(text, row, col, 1, 1, new SourceLocation(Table: 1, Row: row + 1, Column: col + 1));
        var table = new TableBlock(
            [
                [C("信息内容", 0, 0), C("本年制发件数", 0, 1), C("本年废止件数", 0, 2), C("现行有效件数", 0, 3)],
                [C("行政规范性文件", 1, 0), C("4", 1, 1), C("9", 1, 3)],
            ],
            TableLayout.Grid,
            new SourceLocation(Table: 1));
        var document = new ReportDocument([new TextBlock("某局2023年政府信息公开工作年度报告", false, SourceLocation.None), table]);

        var r = Core.Mapping.TemplateMapper.Map(document, new ReportSource("x.html", "00", "html"));

        Assert.Equal(4m, Cell(r, "active/normative_documents/issued").Value);
        Assert.Equal(CellKind.Missing, Cell(r, "active/normative_documents/repealed").Kind);
        Assert.Equal(9m, Cell(r, "active/normative_documents/in_force").Value);
        Assert.Equal("table 1, row 2, col 4", Cell(r, "active/normative_documents/in_force").At);
        Assert.Contains(r.Diagnostics, static d => d.Code == DiagnosticCodes.RowShape && d.Message.Contains("repealed", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_RowLabelsInAnotherOrder_AreMatchedByLabelNotPosition()
    {
        var r = Parse(Head + "信息内容 | 本年处理决定数量 |\n行政强制 | 7 |\n行政处罚 | 9 |\n行政许可 | 11 |\n");

        Assert.Equal(7m, Cell(r, "active/coercion/decisions").Value);
        Assert.Equal(9m, Cell(r, "active/penalty/decisions").Value);
        Assert.Equal(11m, Cell(r, "active/licensing/decisions").Value);
    }

    [Fact]
    public void Map_MissingTable_CellsAreMissingWithDiagnosticNeverZero()
    {
        var r = Parse(Head + "信息内容 | 本年处理决定数量 |\n行政许可 | 11 |\n");

        Assert.All(r.Cells.Where(static c => c.Table == "applications"), static c =>
        {
            Assert.Equal(CellKind.Missing, c.Kind);
            Assert.Null(c.Value);
            Assert.Equal(string.Empty, c.Raw);
        });
        Assert.Contains(r.Diagnostics, static d => d.Code == DiagnosticCodes.TableMissing && d.Message.StartsWith("applications", StringComparison.Ordinal));
        Assert.Equal(ReportStatus.Partial, r.Status);
    }

    [Fact]
    public void Map_TextWithoutReportMarks_IsNotAReport()
    {
        var r = Parse("关于举办春季运动会的通知\n各单位：定于4月举办运动会。\n");

        Assert.Equal(ReportStatus.NotAReport, r.Status);
        Assert.Empty(r.Cells);
    }

    [Fact]
    public void Map_AgencyOnTheLineAboveAYearTitle_JoinsTheTitle()
    {
        var r = Parse("洪泽区人民政府\n2023 年政府信息公开工作年度报告\n本报告由区政府办公室编制。\n一、总体情况\n正文。\n");

        Assert.Equal("洪泽区人民政府2023年政府信息公开工作年度报告", r.Title);
        Assert.Equal("洪泽区人民政府", r.Agency);
        Assert.Equal(2023, r.Year);
    }

    [Fact]
    public void Map_ReportPageWhoseReportIsAnAttachment_IsNotAReport()
    {
        var r = Parse("青禾县2020年政府信息公开工作年度报告\n发布日期：2021-01-27\n附件：青禾县2020年政府信息公开工作年度报告.pdf\n");

        Assert.Equal(ReportStatus.NotAReport, r.Status);
    }

    [Fact]
    public void Map_PreNineteenBodyDumpedOnOneLine_FindsItsSections()
    {
        var body = "某县人民政府2013年政府信息公开工作年度报告\n" + "一、概述" + new string('甲', 200) + "二、主动公开政府信息的情况" + new string('乙', 200)
            + "三、依申请公开政府信息办理情况" + new string('丙', 100) + "\n";

        var r = Parse(body);

        Assert.Equal("legacy", r.Template);
        Assert.StartsWith("甲", r.Sections.Overall, StringComparison.Ordinal);
        Assert.StartsWith("乙", r.Sections.Active, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_ListingPageOfTheReportColumn_IsNotAReport()
    {
        var r = Parse("政府信息公开年度报告\n青禾县2023年政府信息公开工作年度报告 2024-01-22\n青禾县2022年政府信息公开工作年度报告 2023-01-28\n下一页\n");

        Assert.Equal(ReportStatus.NotAReport, r.Status);
    }

    [Fact]
    public void Map_PreNineteenReportWithoutTables_IsLegacy()
    {
        var r = Parse("某县2013年政府信息公开工作年度报告\n一、概述\n正文。\n二、主动公开政府信息的情况\n正文。\n");

        Assert.Equal("legacy", r.Template);
        Assert.Equal(2013, r.Year);
        Assert.Empty(r.Cells);
    }

    [Fact]
    public void Map_UnreadableDocument_IsFailedWithReason()
    {
        var document = new Core.Documents.ReportDocument([]) { UnreadableReason = "no text layer" };

        var r = Core.Mapping.TemplateMapper.Map(document, new ReportSource("x.pdf", "00", "pdf"));

        Assert.Equal(ReportStatus.Failed, r.Status);
        Assert.Contains(r.Diagnostics, static d => d.Message == "no text layer");
    }
}
