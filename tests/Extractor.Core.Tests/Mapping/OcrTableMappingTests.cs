using Extractor.Core.Documents;
using Extractor.Core.Mapping;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Mapping;

/// <summary>
/// Scanned tables whose text OCR damaged on an intact grid (a black-and-white scan loses thin strokes: 行政处罚 reads
/// 行政处色). Row labels are matched to the template's row by resemblance where the rows found around them and a clear
/// margin say which, and left missing where the grid lost a row, the rows are out of order, or two rows are as near; a
/// grid run on over a section heading is cut there; an empty piece of a cut label cell is no value. Text that came with
/// the document is never treated so.
/// </summary>
public sealed class OcrTableMappingTests
{
    private static readonly string[][] s_active =
    [
        ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
        ["规音", "0", "1", "5"],
        ["行政规范性文件", "7", "2", "41"],
        ["信息内容", "本年处理决定数量"],
        ["行政许of", "1234"],
        ["行政处色", "318"],
        ["行政强制", "27"],
        ["信息内容", "本年收费金额（单位：万元）"],
        ["行政事业性收毁", "56.4"],
    ];

    [Fact]
    public void Map_OcrLabelsReadDamaged_TakeTheRowsTheyResembleWithADiagnostic()
    {
        var r = Map(s_active, ocr: true);

        Assert.Equal(0m, Cell(r, "active/regulations/issued").Value);
        Assert.Equal(5m, Cell(r, "active/regulations/in_force").Value);
        Assert.Equal(1234m, Cell(r, "active/licensing/decisions").Value);
        Assert.Equal(318m, Cell(r, "active/penalty/decisions").Value);
        Assert.Equal(27m, Cell(r, "active/coercion/decisions").Value);
        Assert.Equal(56.4m, Cell(r, "active/fees/amount").Value);
        var resembled = r.Diagnostics.Where(static d => d.Code == DiagnosticCodes.LayoutRepaired && d.Message.Contains("resembles", StringComparison.Ordinal)).ToList();
        Assert.Equal(["active/regulations", "active/licensing", "active/penalty", "active/fees"], resembled.Select(static d => d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)]));
        Assert.NotEmpty(resembled);
        Assert.All(resembled, static d => Assert.Contains("OCR confidence", d.At, StringComparison.Ordinal));
    }

    [Fact]
    public void Map_SameLabelsInBornDigitalText_AreNotGuessed()
    {
        // Text that came with the document is what the agency printed: a label that names no row stays unmatched.
        var r = Map(s_active, ocr: false);

        Assert.Equal(27m, Cell(r, "active/coercion/decisions").Value);
        Assert.Equal(7m, Cell(r, "active/normative_documents/issued").Value);
        foreach (var key in new[] { "active/regulations/issued", "active/licensing/decisions", "active/penalty/decisions", "active/fees/amount" })
        {
            Assert.Equal(CellKind.Missing, Cell(r, key).Kind);
        }

        Assert.DoesNotContain(r.Diagnostics, static d => d.Message.Contains("resembles", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_GridLostARow_TheDamagedLabelNearTwoFreeRowsStaysMissing()
    {
        // 行政处罚's row is gone: 行政许of is the one label between 行政规范性文件 and 行政强制, with licensing and penalty
        // free. It shares 行政许 with one and 行政 with the other: no clear margin, so nothing is placed.
        var r = Map([.. s_active.Where(static row => row[0] != "行政处色")], ocr: true);

        Assert.Equal(CellKind.Missing, Cell(r, "active/licensing/decisions").Kind);
        Assert.Null(Cell(r, "active/licensing/decisions").Value);
        Assert.Equal(CellKind.Missing, Cell(r, "active/penalty/decisions").Kind);
        Assert.Equal(27m, Cell(r, "active/coercion/decisions").Value);
    }

    [Fact]
    public void Map_DamagedRowsOutOfTemplateOrder_StayMissing()
    {
        // Two free rows, two damaged labels between the same neighbours, but each resembles the row the order would
        // not give it: the order and the labels disagree, and neither is placed.
        var swapped = s_active.Select(static row => row[0] switch
        {
            "行政许of" => ["行政处色", "318"],
            "行政处色" => ["行政许of", "1234"],
            _ => row,
        }).ToArray();

        var r = Map(swapped, ocr: true);

        Assert.Equal(CellKind.Missing, Cell(r, "active/licensing/decisions").Kind);
        Assert.Equal(CellKind.Missing, Cell(r, "active/penalty/decisions").Kind);
        Assert.Null(Cell(r, "active/penalty/decisions").Value);
        Assert.Null(Cell(r, "active/licensing/decisions").Value);
    }

    [Fact]
    public void Map_ApplicationsSubRowsReadDamaged_TakeTheirRowsWhereTheMarginIsClear()
    {
        string[] Row(string label, int n) => [label, n.ToString(System.Globalization.CultureInfo.InvariantCulture), "0", "0", "0", "0", "0", n.ToString(System.Globalization.CultureInfo.InvariantCulture)];
        string[][] rows =
        [
            ["项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
            Row("（二）部分公开", 6),
            Row("上.属十同家秘寓", 1), // 1.属于国家秘密, two characters lost
            Row("2.其他法律行政法规禁止公开", 0),
            Row("3.危及“安全和定”", 2), // 3.危及“三安全一稳定”
            Row("1.信访举报投诉类申请", 3),
            Row("2.正复申请", 4), // 2.重复申请: near 4.无正当理由大量反复申请 too, but only 重复申请 is free here
            Row("3.要求提供公开出版物", 0),
        ];

        var r = Map(rows, ocr: true);

        Assert.Equal(1m, Cell(r, "applications/withheld_state_secret/natural_person").Value);
        Assert.Equal(2m, Cell(r, "applications/withheld_three_safeties/total").Value);
        Assert.Equal(4m, Cell(r, "applications/not_processed_duplicate/natural_person").Value);
        Assert.Equal(CellKind.Missing, Cell(r, "applications/not_processed_excessive/natural_person").Kind);
    }

    [Fact]
    public void Map_DamagedLabelNearTwoFreeRowsAlike_StaysMissing()
    {
        // The grid lost one of 7.属于行政执法案卷 / 8.属于行政查询事项; the one label left reads 8.属于行政坦训案项, which shares
        // 属于行政案 with the one and 属于行政项 with the other: as near to both, so placed in neither.
        string[] Row(string label) => [label, "1", "0", "0", "0", "0", "0", "1"];
        string[][] rows =
        [
            ["项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
            Row("6.属于四类过程性信息"),
            Row("8.属于行政坦训案项"),
            Row("1.本机关不掌握相关政府信息"),
        ];

        var r = Map(rows, ocr: true);

        Assert.Equal(1m, Cell(r, "applications/withheld_process_info/natural_person").Value);
        Assert.Equal(CellKind.Missing, Cell(r, "applications/withheld_enforcement_file/natural_person").Kind);
        Assert.Equal(CellKind.Missing, Cell(r, "applications/withheld_query_matter/natural_person").Kind);
        Assert.Equal(1m, Cell(r, "applications/unavailable_not_held/natural_person").Value);
        Assert.DoesNotContain(r.Diagnostics, static d => d.Message.Contains("resembles", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_ScannedGridRunningOnOverTheAppealsHeading_IsCutThereAndTable四IsRead()
    {
        // The grid finder bridged the gap between table 三 and table 四: the heading is a row of one scanned table.
        var r = Map(AppealsUnderApplications(), ocr: true);
        Assert.Equal(7m, Cell(r, "applications/carried_forward/natural_person").Value);
        Assert.Equal(1m, Cell(r, "appeals/review/upheld").Value);
        Assert.Equal(2m, Cell(r, "appeals/review/total").Value);
        Assert.Equal(1m, Cell(r, "appeals/litigation_after_review/total").Value);
        Assert.DoesNotContain(r.Diagnostics, static d => d.Code is DiagnosticCodes.TableMissing or DiagnosticCodes.RowShape && d.Message.StartsWith("appeals", StringComparison.Ordinal));
        Assert.Contains(r.Diagnostics, static d => d.Code == DiagnosticCodes.LayoutRepaired && d.Message.Contains("ran on over the section heading 「四、政府信息公开行政复议、行政拆讼情况」", StringComparison.Ordinal) && d.At.Contains("OCR confidence", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Diagnostics, static d => d.Code == DiagnosticCodes.SectionMissing && d.Message.Contains("`appeals`", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_SameTableInBornDigitalText_IsKeptAsItCame()
    {
        // One table, as the document made it: routed whole by its labels, and table 四's figures are not split off from it.
        var r = Map(AppealsUnderApplications(), ocr: false);

        Assert.Equal(CellKind.Missing, Cell(r, "appeals/review/upheld").Kind);
        Assert.Contains(r.Diagnostics, static d => d.Code == DiagnosticCodes.RowShape && d.Message.StartsWith("appeals", StringComparison.Ordinal));
        Assert.DoesNotContain(r.Diagnostics, static d => d.Message.Contains("ran on over", StringComparison.Ordinal));
    }

    [Fact]
    public void Map_ScannedLabelCellCutInTwo_TheEmptyPieceIsNoValue()
    {
        // (七)总计 | ⟨empty⟩ | 76 … : a rule carried into the label column cut the label cell, and the row has 8 cells for 7 columns.
        string[][] rows =
        [
            ["项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
            ["（七）总计", "", "76", "17", "3", "2", "8", "4", "110"],
        ];

        var scanned = Map(rows, ocr: true);
        var digital = Map(rows, ocr: false);

        Assert.Equal(76m, Cell(scanned, "applications/total_processed/natural_person").Value);
        Assert.Equal(110m, Cell(scanned, "applications/total_processed/total").Value);
        Assert.Equal(CellKind.Missing, Cell(digital, "applications/total_processed/natural_person").Kind);
        Assert.Contains(digital.Diagnostics, static d => d.Code == DiagnosticCodes.RowShape && d.Message.Contains("8 values for 7 columns", StringComparison.Ordinal));
    }

    /// <summary>The end of table 三, then 四、…行政复议、行政诉讼情况 as a row, then table 四 with labels OCR read damaged.</summary>
    private static string[][] AppealsUnderApplications()
    {
        string[] results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"];
        return
        [
            ["项目", "自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"],
            ["一、本年新收政府信息公开申请数量", "9", "0", "0", "0", "0", "0", "9"],
            ["二、上年结转政府信息公开申请数量", "3", "0", "0", "0", "0", "0", "3"],
            ["（七）总计", "5", "0", "0", "0", "0", "0", "5"],
            ["四、结转下年度继续办理", "7", "0", "0", "0", "0", "0", "7"],
            ["四、政府信息公开行政复议、行政拆讼情况"],
            ["行政复记", "", "", "", "", "行政诉从"],
            [.. results, "未经复议直接起诉", "", "", "", "", "复议后起诉"],
            ["", "", "", "", "", .. results, .. results],
            ["1", "1", "0", "0", "2", "1", "0", "0", "0", "1", "0", "0", "0", "1", "1"],
        ];
    }

    private static ReportResult Map(string[][] rows, bool ocr)
    {
        var cells = rows.Select((row, r) => (IReadOnlyList<TableCell>)row.Select((text, c) => new TableCell(text, r, c, 1, 1,
            new SourceLocation(Page: 1, Table: 1, Row: r + 1, Column: c + 1, OcrConfidence: ocr ? 90 : null))).ToList()).ToList();
        var heading = rows[0][0] == "项目" ? "三、收到和处理政府信息公开申请情况" : "二、主动公开政府信息情况";
        var document = new ReportDocument(
        [
            new TextBlock("某县2021年政府信息公开工作年度报告", false, SourceLocation.None),
            new TextBlock(heading, true, SourceLocation.None),
            new TableBlock(cells, TableLayout.Grid, new SourceLocation(Page: 1, Table: 1)),
        ]);
        return TemplateMapper.Map(document, new ReportSource("x.pdf", "00", "pdf"));
    }

    private static CellRecord Cell(ReportResult r, string key) => r.Cells.Single(c => c.Key == key);
}
