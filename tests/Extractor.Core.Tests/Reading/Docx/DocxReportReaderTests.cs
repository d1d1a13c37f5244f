using System.IO.Compression;
using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Docx;
using Extractor.Core.Records;
using static Extractor.Core.Tests.Reading.Docx.DocxBuilder;

namespace Extractor.Core.Tests.Reading.Docx;

public class DocxReportReaderTests
{
    private const string VMergeRestart = """<w:vMerge w:val="restart"/>""";
    private const string VMergeContinue = "<w:vMerge/>";

    private static ReportDocument Read(byte[] docx) => new DocxReportReader().Read(new SourceDocument("test.docx", docx));

    private static string[] Cells(TableBlock table) => [.. table.Cells.Select(static c => $"{c.Row},{c.Column},{c.RowSpan},{c.ColumnSpan}: {c.Text}")];

    private static string[] Texts(ReportDocument document) =>
        [.. document.Blocks.OfType<TextBlock>().Select(static t => (t.IsHeading ? "# " : string.Empty) + t.Text)];

    [Fact]
    public void Read_VerticalAndHorizontalMerges_PlacesEachCellOnceAtItsOrigin()
    {
        var docx = Build(Tbl(
            Tc("三、本年度办理结果", VMergeRestart) + Tc("（三）不予公开", VMergeRestart) + Tc("1.属于国家秘密") + Tc("0"),
            Tc(string.Empty, VMergeContinue) + Tc(string.Empty, VMergeContinue) + Tc("2.其他法律行政法规禁止公开") + Tc("1"),
            Tc(string.Empty, VMergeContinue) + Tc("（七）总计", """<w:gridSpan w:val="2"/>""") + Tc("9")));

        var table = Assert.Single(Read(docx).Blocks.OfType<TableBlock>());

        Assert.Equal(TableLayout.Grid, table.Layout);
        Assert.Equal(
            [
                "0,0,3,1: 三、本年度办理结果", "0,1,2,1: （三）不予公开", "0,2,1,1: 1.属于国家秘密", "0,3,1,1: 0",
                "1,2,1,1: 2.其他法律行政法规禁止公开", "1,3,1,1: 1",
                "2,1,1,2: （七）总计", "2,3,1,1: 9",
            ],
            Cells(table));
        Assert.Equal(new SourceLocation(Table: 1, Row: 3, Column: 2), table.Rows[2][0].At);
    }

    [Fact]
    public void Read_GridBeforeAndLegacyHorizontalMerge_ShiftAndWidenCells()
    {
        var docx = Build(Tbl(
            Tc("a") + Tc("b") + Tc("c"),
            """<w:trPr><w:gridBefore w:val="1"/></w:trPr>""" + Tc("x", """<w:hMerge w:val="restart"/>""") + Tc(string.Empty, "<w:hMerge/>")));

        var table = Assert.Single(Read(docx).Blocks.OfType<TableBlock>());

        Assert.Equal(["0,0,1,1: a", "0,1,1,1: b", "0,2,1,1: c", "1,1,1,2: x"], Cells(table));
    }

    [Fact]
    public void Read_ContinueWithoutRestart_KeepsTheCellAndSaysSo()
    {
        var docx = Build(Tbl(Tc("a") + Tc("b"), Tc(string.Empty, VMergeContinue) + Tc("d")));

        var document = Read(docx);

        Assert.Equal(["0,0,1,1: a", "0,1,1,1: b", "1,0,1,1: ", "1,1,1,1: d"], Cells(Assert.Single(document.Blocks.OfType<TableBlock>())));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticCodes.LayoutRepaired, diagnostic.Code);
        Assert.Equal("table 1", diagnostic.At);
    }

    [Fact]
    public void Read_CellParagraphsAndNestedTable_JoinAsCellText()
    {
        var nested = Tbl(Tc("其中") + Tc("PM2.5"), Tc("monitoring") + Tc("站点"));
        var docx = Build(Tbl(
            Tc("x") + "<w:tc>" + P("申请人") + P("情况") + nested + "</w:tc>",
            Tc("y") + "<w:tc>" + P("PM10") + P("data") + "</w:tc>"));

        var table = Assert.Single(Read(docx).Blocks.OfType<TableBlock>());

        // Chinese joins without a space, Latin words and digits keep one.
        Assert.Equal(["0,0,1,1: x", "0,1,1,1: 申请人情况其中PM2.5 monitoring站点", "1,0,1,1: y", "1,1,1,1: PM10 data"], Cells(table));
    }

    [Fact]
    public void Read_SingleCellFrame_IsReadAsBodyContent()
    {
        var docx = Build(P("标题") + Tbl("<w:tc>" + P("一、总体情况") + Tbl(Tc("规章") + Tc("0")) + "</w:tc>") + Tbl(Tc("a") + Tc("b")));

        var document = Read(docx);

        Assert.Equal(["标题", "一、总体情况"], Texts(document));
        var tables = document.Blocks.OfType<TableBlock>().ToList();
        Assert.Equal([1, 2], tables.Select(static t => t.At.Table));
        Assert.Equal(["0,0,1,1: 规章", "0,1,1,1: 0"], Cells(tables[0]));
    }

    [Fact]
    public void Read_RunsAndBreaks_JoinAsTheReaderSeesThem()
    {
        var docx = Build(
            """<w:p><w:r><w:t xml:space="preserve">　　统计期限为</w:t></w:r><w:r><w:t>2023</w:t></w:r><w:r><w:t>年</w:t></w:r><w:r><w:br/><w:t>全年</w:t></w:r></w:p>"""
            + """<w:p><w:r><w:t>PM2.5</w:t><w:tab/><w:t>data</w:t><w:t xml:space="preserve"> of </w:t><w:t>2023</w:t><w:noBreakHyphen/><w:t>24</w:t></w:r></w:p>"""
            + "<w:p><w:r><w:t xml:space=\"preserve\">   </w:t></w:r></w:p>");

        Assert.Equal(["统计期限为2023年全年", "PM2.5 data of 2023-24"], Texts(Read(docx)));
    }

    [Fact]
    public void Read_TrackedChangesFieldsAndHiddenText_KeepOnlyWhatIsShown()
    {
        var docx = Build(
            "<w:p>"
            + "<w:r><w:t>公开</w:t></w:r>"
            + "<w:del><w:r><w:delText>删除的</w:delText></w:r></w:del>"
            + "<w:ins><w:r><w:t>新增</w:t></w:r></w:ins>"
            + """<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>"""
            + "<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r>"
            + """<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显示</w:t></w:r>"""
            + """<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>"""
            + "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent><w:r><w:t>控件</w:t></w:r></w:sdtContent></w:sdt>"
            + "<mc:AlternateContent><mc:Choice Requires=\"wps\"><w:r><w:t>文本框</w:t></w:r></mc:Choice><mc:Fallback><w:r><w:t>文本框</w:t></w:r></mc:Fallback></mc:AlternateContent>"
            + "</w:p>");

        Assert.Equal(["公开新增3显示链接控件"], Texts(Read(docx)));
    }

    [Fact]
    public void Read_HeadingStyles_MarkHeadingsByNameIdOrOutlineLevel()
    {
        // Chinese Word keeps English names behind numeric ids; WPS may write Chinese names; LibreOffice writes HeadingN ids.
        const string Styles = """
            <w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>
            <w:style w:type="paragraph" w:styleId="20"><w:name w:val="标题 2"/></w:style>
            <w:style w:type="paragraph" w:styleId="Heading3"><w:name w:val="whatever"/></w:style>
            <w:style w:type="paragraph" w:styleId="report"><w:name w:val="报告小标题"/><w:basedOn w:val="1"/></w:style>
            <w:style w:type="paragraph" w:styleId="body"><w:name w:val="正文缩进"/><w:basedOn w:val="1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
            <w:style w:type="paragraph" w:styleId="toc1"><w:name w:val="toc 1"/></w:style>
            """;
        var docx = Build(
            P("一、总体情况", "1") + P("（一）工作", "20") + P("三级", "Heading3") + P("继承", "report") + P("正文", "body") + P("目录", "toc1") + P("普通", "a") + P("无样式", "missing")
            + """<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:t>大纲</w:t></w:r></w:p>""",
            Styles);

        Assert.Equal(["# 一、总体情况", "# （一）工作", "# 三级", "# 继承", "正文", "目录", "普通", "无样式", "# 大纲"], Texts(Read(docx)));
    }

    [Fact]
    public void Read_ListNumbering_WritesTheNumberBeforeTheText()
    {
        const string Numbering = """
            <w:abstractNum w:abstractNumId="0">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
            </w:abstractNum>
            <w:abstractNum w:abstractNumId="1"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>
            <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
            <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
            """;
        const string Styles = """
            <w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>
            """;
        static string Item(string text, int level) =>
            $"""<w:p><w:pPr><w:numPr><w:ilvl w:val="{level}"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>""";
        var docx = Build(
            P("总体情况", "1") + Item("属于国家秘密", 1) + Item("其他法律行政法规禁止公开", 1) + P("主动公开政府信息情况", "1") + Item("信访举报投诉类申请", 1)
            + """<w:p><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>要点</w:t></w:r></w:p>"""
            + """<w:p><w:pPr><w:pStyle w:val="1"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>不编号</w:t></w:r></w:p>""",
            Styles,
            Numbering);

        Assert.Equal(
            ["# 一、总体情况", "1.属于国家秘密", "2.其他法律行政法规禁止公开", "# 二、主动公开政府信息情况", "1.信访举报投诉类申请", "要点", "# 不编号"],
            Texts(Read(docx)));
    }

    [Theory]
    [InlineData("<dc:title>梧桐市林业局2020年政府信息公开工作年度报告</dc:title>", "梧桐市林业局2020年政府信息公开工作年度报告")]
    [InlineData("<dc:title>Microsoft Word - 年报.docx</dc:title>", null)]
    [InlineData("<dc:title>2020年报.doc</dc:title>", null)]
    [InlineData("<dc:title> </dc:title>", null)]
    [InlineData("<dc:creator>张三</dc:creator>", null)]
    public void Read_CoreTitle_IsAHintOnlyWhenMeaningful(string core, string? expected) =>
        Assert.Equal(expected, Read(Build(P("x"), core: core)).TitleHint);

    [Fact]
    public void Read_MainPartNamedByRelationships_IsFound()
    {
        var docx = Zip(new Dictionary<string, string>
        {
            ["_rels/.rels"] = """<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="/word/document2.xml"/></Relationships>""",
            ["word/document2.xml"] = Document(P("正文")),
        });

        Assert.Equal(["正文"], Texts(Read(docx)));
    }

    [Fact]
    public void Read_StrictNamespace_IsReadLikeTransitional() =>
        Assert.Equal(["严格"], Texts(Read(Build(P("严格"), wordNamespace: "http://purl.oclc.org/ooxml/wordprocessingml/main"))));

    [Fact]
    public void Read_PartsPastTheLimit_AreRefusedAsAZipBomb()
    {
        var docx = Build(P(new string('x', 200_000)));

        var ex = Assert.Throws<DocumentReadException>(() => new DocxReportReader(64 * 1024).Read(new SourceDocument("bomb.docx", docx)));

        Assert.Contains("bomb.docx", ex.Message, StringComparison.Ordinal);
        Assert.Contains("zip bomb", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DefaultLimit_RefusesAPartThatExpandsPast50Megabytes()
    {
        // 51 MB of spaces deflate to about 50 KB: the kind of file the limit is for.
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var stream = zip.CreateEntry("word/document.xml", CompressionLevel.Optimal).Open();
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 51; i++)
            {
                stream.Write(spaces);
            }
        }

        Assert.True(output.Length < 1024 * 1024);
        var ex = Assert.Throws<DocumentReadException>(() => Read(output.ToArray()));
        Assert.Contains("50 MB limit", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p>", "not well-formed XML")]
    [InlineData("<!DOCTYPE x [<!ENTITY a \"aaaa\">]><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>", "not well-formed XML")]
    [InlineData("<html><body>not word</body></html>", "has no w:document/w:body")]
    public void Read_BrokenDocumentPart_ThrowsDocumentReadException(string documentXml, string reason)
    {
        var docx = Zip(new Dictionary<string, string> { ["word/document.xml"] = documentXml });

        var ex = Assert.Throws<DocumentReadException>(() => Read(docx));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BrokenStylesPart_ReadsTheTextAndSaysWhatWasLost()
    {
        var docx = Zip(new Dictionary<string, string>
        {
            ["word/document.xml"] = Document(P("一、总体情况", "1")),
            ["word/styles.xml"] = "<w:styles><w:style>",
        });

        var document = Read(docx);

        Assert.Equal(["一、总体情况"], Texts(document));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticCodes.LayoutRepaired, Severity.Warning), (diagnostic.Code, diagnostic.Severity));
        Assert.StartsWith("word/styles.xml is not well-formed XML", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CraftedDeepNesting_ThrowsInsteadOfOverflowingTheStack()
    {
        var body = new StringBuilder();
        for (var i = 0; i < 5000; i++)
        {
            body.Append("<w:sdt><w:sdtContent>");
        }

        for (var i = 0; i < 5000; i++)
        {
            body.Append("</w:sdtContent></w:sdt>");
        }

        var ex = Assert.Throws<DocumentReadException>(() => Read(Build(body.ToString())));

        Assert.Contains("nested more than", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0 }, "legacy Word/WPS binary format")]
    [InlineData(new byte[] { (byte)'P', (byte)'K', 3, 4, 1, 2, 3 }, "truncated or corrupt")]
    [InlineData(new byte[0], "truncated or corrupt")]
    public void Read_NotAZipOfWord_ThrowsDocumentReadException(byte[] content, string reason)
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read(content));

        Assert.Contains(reason, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_CorruptDeflateData_ThrowsDocumentReadException()
    {
        var docx = Build(P(string.Concat(Enumerable.Range(0, 2000).Select(static i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)))));
        var entryData = Encoding.ASCII.GetBytes("word/document.xml");
        var at = docx.AsSpan().IndexOf(entryData) + entryData.Length;

        // Overwrite the start of the compressed stream right after the local header's file name.
        for (var i = at + 10; i < at + 60; i++)
        {
            docx[i] = 0xFF;
        }

        var ex = Assert.Throws<DocumentReadException>(() => Read(docx));

        Assert.Contains("test.docx", ex.Message, StringComparison.Ordinal);
    }
}
