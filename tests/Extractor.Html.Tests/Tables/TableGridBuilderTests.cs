using Extractor.Core.Records;
using Extractor.Html.Tables;

namespace Extractor.Html.Tests.Tables;

public class TableGridBuilderTests
{
    private static RawCell Cell(string text, int rowSpan = 1, int columnSpan = 1) => new(text, rowSpan, columnSpan, null);

    [Fact]
    public void RowsToGrid_RowspanAndColspanOnOneCell_PushesLaterCellsPastTheBlock()
    {
        // A 2x2 block at the top left, as the （本列数据的勾稽关系…） corner of table 三 (there 3x3).
        IReadOnlyList<IReadOnlyList<RawCell>> rows =
        [
            [Cell("corner", 2, 2), Cell("a")],
            [Cell("b")],
            [Cell("c"), Cell("d"), Cell("e")],
        ];

        var grid = TableGridBuilder.RowsToGrid(rows, 1, new List<Diagnostic>());

        var cells = grid.SelectMany(static r => r).Select(static c => $"{c.Text}@{c.Row},{c.Column},{c.RowSpan},{c.ColumnSpan}").ToArray();
        Assert.Equal(["corner@0,0,2,2", "a@0,2,1,1", "b@1,2,1,1", "c@2,0,1,1", "d@2,1,1,1", "e@2,2,1,1"], cells);
    }

    [Fact]
    public void RowsToGrid_VerticalGroupLabel_PlacesSubRowsInTheNextColumn()
    {
        IReadOnlyList<IReadOnlyList<RawCell>> rows =
        [
            [Cell("（三）不予公开", 2), Cell("1.属于国家秘密"), Cell("0")],
            [Cell("2.其他法律行政法规禁止公开"), Cell("1")],
        ];

        var grid = TableGridBuilder.RowsToGrid(rows, 1, new List<Diagnostic>());

        Assert.Equal(1, grid[1][0].Column);
        Assert.Equal(2, grid[1][1].Column);
        Assert.Equal("1", grid[1][1].Text);
    }

    [Fact]
    public void RowsToGrid_RaggedRows_KeepsShortRowsShort()
    {
        IReadOnlyList<IReadOnlyList<RawCell>> rows = [[Cell("a"), Cell("b"), Cell("c")], [Cell("d")], []];

        var grid = TableGridBuilder.RowsToGrid(rows, 1, new List<Diagnostic>());

        Assert.Equal([3, 1, 0], grid.Select(static r => r.Count));
        Assert.Equal(0, grid[1][0].Column);
    }

    [Fact]
    public void RowsToGrid_RowspanPastTheEnd_IsCutWithADiagnostic()
    {
        var diagnostics = new List<Diagnostic>();
        IReadOnlyList<IReadOnlyList<RawCell>> rows = [[Cell("label", 22), Cell("x")], [Cell("y")]];

        var grid = TableGridBuilder.RowsToGrid(rows, 4, diagnostics);

        Assert.Equal(2, grid[0][0].RowSpan);
        Assert.Equal(1, grid[1][0].Column);
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(DiagnosticCodes.LayoutRepaired, diagnostic.Code);
        Assert.Equal("table 4", diagnostic.At);
    }

    [Fact]
    public void RowsToGrid_RowspanZero_SpansToTheLastRow()
    {
        IReadOnlyList<IReadOnlyList<RawCell>> rows = [[Cell("side", 0), Cell("a")], [Cell("b")], [Cell("c")]];

        var grid = TableGridBuilder.RowsToGrid(rows, 1, new List<Diagnostic>());

        Assert.Equal(3, grid[0][0].RowSpan);
        Assert.All(grid.Skip(1), static r => Assert.Equal(1, r[0].Column));
    }

    [Fact]
    public void RowsToGrid_Cells_CarryOneBasedLocations()
    {
        IReadOnlyList<IReadOnlyList<RawCell>> rows = [[new RawCell("a", 1, 2, 17), new RawCell("b", 1, 1, 18)]];

        var grid = TableGridBuilder.RowsToGrid(rows, 3, new List<Diagnostic>());

        Assert.Equal("line 18, table 3, row 1, col 3", grid[0][1].At.ToString());
    }
}
