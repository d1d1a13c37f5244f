using System.Text;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Pdf.Ocr;
using Extractor.Testing;

namespace Extractor.Pdf.Tests;

public class PdfReportReaderTests
{
    // Without OCR, so that the scanned fixture shows the text-layer gate (OCR has its own tests in Ocr/).
    private static readonly PdfReportReader s_reader = new(new OcrOptions { Enabled = false });

    public static TheoryData<string> Fixtures => new()
    {
        "county-2021",
        "bureau-2019",
        "landscape-section4",
        "scan-image-only",
        "unmapped-font",
    };

    private static ReportDocument Read(string fileName)
    {
        var path = TestPaths.Fixture("pdf", fileName);
        return s_reader.Read(new SourceDocument(path, File.ReadAllBytes(path)));
    }

    [Theory]
    [MemberData(nameof(Fixtures))]
    public void Read_Fixture_MatchesGolden(string stem)
    {
        var received = PdfDocumentDump.ToText(Read(stem + ".pdf"));
        var expectedPath = TestPaths.Fixture("pdf", stem + ".expected.txt");
        var receivedPath = TestPaths.Fixture("pdf", stem + ".received.txt");
        var expected = File.ReadAllText(expectedPath, Encoding.UTF8);
        if (received != expected)
        {
            File.WriteAllText(receivedPath, received, new UTF8Encoding(false));
            Assert.Fail($"{stem}: the document model differs from {expectedPath}; see {receivedPath}");
        }

        File.Delete(receivedPath);
    }

    [Fact]
    public void Read_TableBrokenAcrossPagesWithRepeatedHeader_IsOneTableWithoutDuplicates()
    {
        var document = Read("county-2021.pdf");
        var table = document.Blocks.OfType<TableBlock>().Single(static t => t.Cells.Any(static c => c.Text == "申请人情况"));

        Assert.Single(table.Cells, static c => c.Text == "申请人情况");
        Assert.Contains(table.Cells, static c => c.At.Page == 2);
        Assert.Contains(table.Cells, static c => c.At.Page == 3);
        var label = Assert.Single(table.Cells, static c => c.Text == "三、本年度办理结果");
        Assert.Equal(22, label.RowSpan);
        Assert.Equal(8, Assert.Single(table.Cells, static c => c.Text == "（三）不予公开").RowSpan);
    }

    [Fact]
    public void Read_TableBrokenInsideRowGroup_JoinsTheGroupLabel()
    {
        var document = Read("bureau-2019.pdf");
        var table = document.Blocks.OfType<TableBlock>().Single(static t => t.Cells.Any(static c => c.Text == "申请人情况"));

        var group = Assert.Single(table.Cells, static c => c.Text == "（五）不予处理");
        Assert.Equal(5, group.RowSpan);
        Assert.Equal(20, Assert.Single(table.Cells, static c => c.Text == "三、本年度办理结果").RowSpan);
    }

    [Fact]
    public void Read_Cells_CarryPageTableRowColumnAndPosition()
    {
        var document = Read("landscape-section4.pdf");
        var table = Assert.Single(document.Blocks.OfType<TableBlock>());
        var cell = table.Rows[^1][0];

        Assert.Equal(TableLayout.Grid, table.Layout);
        Assert.Equal(1, cell.At.Page);
        Assert.Equal(1, cell.At.Table);
        Assert.Equal(cell.Row + 1, cell.At.Row);
        Assert.Equal(1, cell.At.Column);
        Assert.InRange(cell.At.X!.Value, 20, 100);
        Assert.InRange(cell.At.Y!.Value, 60, 595);
        Assert.Equal(15, table.Rows[^1].Count);
    }

    [Fact]
    public void Read_ImageOnlyPdf_IsUnreadableWithoutTextLayer()
    {
        var document = Read("scan-image-only.pdf");

        Assert.Equal("no text layer", document.UnreadableReason);
        Assert.Empty(document.Blocks);
        Assert.Contains(document.Diagnostics, static d => d.Code == DiagnosticCodes.BadTextLayer && d.At == "page 1");
    }

    [Fact]
    public void Read_FontsWithoutUnicodeMap_DropsTextAndSaysWhy()
    {
        var document = Read("unmapped-font.pdf");

        Assert.Equal("text layer without Unicode map", document.UnreadableReason);
        Assert.Empty(document.Blocks);
        Assert.Equal(3, document.Diagnostics.Count(static d => d.Code == DiagnosticCodes.BadTextLayer));
    }

    [Fact]
    public void Read_TruncatedFile_ThrowsDocumentReadException()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read("truncated.pdf"));

        Assert.Contains("truncated.pdf", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_EncryptedFile_ThrowsDocumentReadExceptionSayingItNeedsAPassword()
    {
        var ex = Assert.Throws<DocumentReadException>(() => Read("encrypted.pdf"));

        Assert.Contains("encrypted.pdf", ex.Message, StringComparison.Ordinal);
        Assert.Contains("the PDF is encrypted and needs a password", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("%PDF-1.7\n1 0 obj\n<< /Type /Catalog")]
    [InlineData("%PDF-1.4\ngarbage garbage garbage\n%%EOF")]
    [InlineData("")]
    public void Read_CorruptBytes_ThrowsDocumentReadException(string content)
    {
        var source = new SourceDocument("corrupt.pdf", Encoding.ASCII.GetBytes(content));

        var ex = Assert.Throws<DocumentReadException>(() => s_reader.Read(source));

        Assert.Contains("corrupt.pdf", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_TitleThatIsAFileName_IsNotAHint()
    {
        Assert.Null(Read("bureau-2019.pdf").TitleHint);
        Assert.Equal("青石县人民政府2022年政府信息公开工作年度报告", Read("county-2021.pdf").TitleHint);
    }
}
