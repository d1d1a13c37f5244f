using Extractor.Core.Documents;
using Extractor.Core.Records;
using Extractor.Pdf.Geometry;
using Extractor.Pdf.Ocr;
using Extractor.Pdf.Tables;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// Table 四's one row of 15 figures as OCR read it on a JPEG seal scan at 300 dpi: the 2 under 未经复议直接起诉 /
/// 结果维持 read as 交 at confidence 0. The mapper places that table by counting values; as text the cell was no value,
/// 14 values for 15 cells, and all 15 were lost. Marked as an unread figure it keeps its place.
/// </summary>
public class OcrUnreadFiguresTests
{
    [Fact]
    public void ShortUnsureReadingInARowOfFigures_IsAnUnreadFigure_AndKeepsItsPlace()
    {
        string[] read = ["3", "1", "0", "0", "4", "交", "0", "1", "0", "3", "0", "0", "0", "0", "0"];
        var cells = read.Select((text, i) => Cell(3, i, text, text == "交" ? 0 : 97)).ToList();
        var table = new FoundTable(3, new Box(57, 536, 567, 554), [], 1, cells);

        OcrUnreadFigures.Mark([table], highConfidence: 90);

        Assert.Equal([5], cells.Where(static c => c.UnreadFigure).Select(static c => c.Column));
        var block = TableBlockBuilder.ToBlock(table, 3);
        Assert.Equal(15, block.Cells.Count());
        Assert.True(Assert.Single(block.Cells, static c => c.Text == "交").IsUncertain);
    }

    [Fact]
    public void LabelsAndSureTextAndRowsWithoutFigures_AreLeftAlone()
    {
        // A label of two characters left of the figures (table 二's 规章), a wide label, a header row of short
        // headers read unsurely, and a sure short text among figures.
        var label = Cell(1, 0, "规章", 60, width: 36);
        var figures = new[] { Cell(1, 1, "0", 97), Cell(1, 2, "0", 97), Cell(1, 3, "41", 97) };
        var wide = Cell(2, 1, "其他", 40, width: 120);
        var wideRow = new[] { Cell(2, 0, "5", 97), wide, Cell(2, 2, "7", 97), Cell(2, 3, "1", 97) };
        var header = new[] { Cell(0, 0, "其他", 50), Cell(0, 1, "总计", 50), Cell(0, 2, "合计", 50), Cell(0, 3, "其他", 50) };
        var sure = Cell(3, 2, "无效", 95);
        var sureRow = new[] { Cell(3, 0, "1", 97), Cell(3, 1, "2", 97), sure, Cell(3, 3, "3", 97) };
        var cells = header.Concat([label]).Concat(figures).Concat(wideRow).Concat(sureRow).ToList();

        OcrUnreadFigures.Mark([new FoundTable(1, new Box(0, 0, 200, 100), [], 4, cells)], highConfidence: 90);

        Assert.DoesNotContain(cells, static c => c.UnreadFigure);
    }

    [Fact]
    public void ShortUnsureReadingInTheFirstFigureColumn_IsReadAgain_ButNotMarked_ALabelLeftOfTheFiguresIsNeither()
    {
        // 一、本年新收 | 世 (a 2 at 0 under 自然人) | 18 | 4 | 2 …: the label is left of 世, so 世 stands where a figure
        // stands. 规章 | 0 | 0 | 41 (table 二): nothing is left of 规章, it is the row's label. Seal ink is never read again.
        var label = Cell(3, 0, "一、本年新收", 40, width: 36);
        var unread = Cell(3, 1, "世", 0);
        var row = new[] { label, unread, Cell(3, 2, "18", 97), Cell(3, 3, "4", 97), Cell(3, 4, "2", 97) };
        var shortLabel = Cell(4, 0, "规章", 60);
        var other = new[] { shortLabel, Cell(4, 1, "0", 97), Cell(4, 2, "0", 97), Cell(4, 3, "41", 97) };
        var seal = Cell(5, 3, "25", 0);
        seal.UnreadFigure = seal.SealInk = true;
        var sealRow = new[] { Cell(5, 0, "1", 97), Cell(5, 1, "2", 97), Cell(5, 2, "3", 97), seal };
        var tables = new[] { new FoundTable(1, new Box(0, 0, 200, 100), [], 6, [.. row, .. other, .. sealRow]) };

        OcrUnreadFigures.Mark(tables, highConfidence: 90);
        var again = OcrUnreadFigures.ToReread(tables, highConfidence: 90);

        Assert.False(unread.UnreadFigure);
        Assert.False(shortLabel.UnreadFigure);
        Assert.Equal([unread], again);
    }

    private static GridCell Cell(int row, int column, string text, double confidence, double width = 36) =>
        new(row, column, 1, 1, new Box(57 + (column * 40), 500 + (row * 18), 57 + (column * 40) + width, 518 + (row * 18)), 3) { Text = text, Confidence = confidence };
}
