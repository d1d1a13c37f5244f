using Extractor.Pdf.Geometry;
using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// A black-and-white scan made 0.4° askew at 150 dpi: thresholding keeps a grey one-pixel rule only where it fell on one
/// pixel row, so every rule is dashes some 140 px apart, with gaps longer than a table row is high. Turned straight, the
/// grid must be whole again: every rule to its corners, a rule that stops at a header row stopping there, and two tables
/// one above the other kept apart.
/// </summary>
public class FaxDashesTests
{
    private const int Paper = 255;

    // Table A: a header row spanning all columns, then four rows; a column rule at 525 below the header only.
    private static readonly int[] s_rowsA = [100, 136, 172, 208, 244];

    private static readonly int[] s_columnsA = [100, 400, 650, 900];

    // Table B below, 56 px apart (less than the dashes' gap): its own columns.
    private static readonly int[] s_rowsB = [300, 336, 372, 408];

    private static readonly int[] s_columnsB = [100, 300, 900];

    private static GrayImage Tables()
    {
        var pixels = new byte[1000 * 520];
        Array.Fill(pixels, (byte)Paper);
        var image = new GrayImage(1000, 520, pixels);
        const byte ink = 110; // a thin rule rendered grey
        void Horizontal(int y, int from, int to)
        {
            for (var x = from; x <= to; x++)
            {
                image[x, y] = ink;
            }
        }

        void Vertical(int x, int from, int to)
        {
            for (var y = from; y <= to; y++)
            {
                image[x, y] = ink;
            }
        }

        // The frame is drawn a little heavier (two pixels), as the reports do: it stays solid through the threshold.
        void Frame(int[] rows, int[] columns)
        {
            foreach (var y in rows)
            {
                Horizontal(y, 100, 900);
                if (y == rows[0] || y == rows[^1])
                {
                    Horizontal(y + 1, 100, 900);
                }
            }

            Vertical(101, rows[0], rows[^1]);
            Vertical(901, rows[0], rows[^1]);
            foreach (var x in columns)
            {
                Vertical(x, x is 100 or 900 ? rows[0] : rows[1], rows[^1]);
            }
        }

        Frame(s_rowsA, s_columnsA);
        Vertical(525, 136, 244);
        Frame(s_rowsB, s_columnsB);

        // The header's text, centred across the columns (a rule never runs through it).
        for (var y = 112; y < 126; y++)
        {
            for (var x = 470; x < 590; x += 3)
            {
                image[x, y] = 0;
                image[x + 1, y] = 0;
            }
        }

        return image;
    }

    private static (GrayImage Straight, List<PixelRule> Rules) ScanAndRead()
    {
        var grey = Deskewer.Rotate(Tables(), 0.4);
        var fax = new GrayImage(grey.Width, grey.Height, grey.Pixels.Select(static p => p < 140 ? (byte)0 : (byte)255).ToArray());
        Assert.True(fax.IsBilevel());
        var folder = Directory.CreateTempSubdirectory("extractor-fax-");
        try
        {
            var straight = Deskewer.Straighten(fax, new OcrOptions { StraightenFax = true }, folder.FullName, out var degrees);
            Assert.InRange(Math.Abs(degrees), 0.3, 0.5);
            var rules = ImageRuleFinder.FindAndErase(straight, minLength: 60, maxGap: 2, dashPeriod: FaxDashes.Period(degrees, 150));
            return (straight, rules);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Period_IsTheGapOfTheAngle_WithinAThirdOfAnInchAndAnInch()
    {
        Assert.InRange(FaxDashes.Period(0.4, 150), 143, 150);
        Assert.Equal(50, FaxDashes.Period(3, 150)); // steep: dashes close together, the usual third of an inch
        Assert.Equal(300, FaxDashes.Period(0.05, 300)); // nearly straight: never more than an inch
    }

    [Fact]
    public void FaxTurnedAndStraightened_DashedRulesAreClosedToTheirCorners()
    {
        var (_, rules) = ScanAndRead();

        Assert.NotEmpty(rules);
        foreach (var y in s_rowsA.Concat(s_rowsB))
        {
            var row = Assert.Single(rules, r => r.IsHorizontal && Math.Abs(r.Position - y) < 3);
            Assert.InRange(row.Start, 96, 104);
            Assert.InRange(row.End, 896, 904);
        }

        // The frame of each table, solid, to its corners. (A one-pixel column rule 108 px long that fell between two
        // pixel columns all along left no ink at all: nothing can bring it back, and nothing invents it.)
        foreach (var (top, bottom) in new[] { (100, 244), (300, 408) })
        {
            foreach (var x in new[] { 100, 900 })
            {
                var column = Assert.Single(rules, r => !r.IsHorizontal && Math.Abs(r.Position - x) < 3 && r.Start < bottom && r.End > top);
                Assert.InRange(column.Start, top - 4, top + 4);
                Assert.InRange(column.End, bottom - 4, bottom + 4);
            }
        }
    }

    [Fact]
    public void FaxTurnedAndStraightened_TwoTablesStayApart_AndNoRuleCrossesTheHeaderText()
    {
        var (_, rules) = ScanAndRead();

        Assert.NotEmpty(rules);
        Assert.DoesNotContain(rules, static r => !r.IsHorizontal && r.Start < 250 && r.End > 295); // across the gap between tables
        Assert.DoesNotContain(rules, static r => !r.IsHorizontal && r.Position > 460 && r.Position < 600 && r.Start < 126);
    }

    [Fact]
    public void InkBands_TwoRowsOfFiguresInOneCell_AreTwoLines()
    {
        var pixels = new byte[100 * 80];
        Array.Fill(pixels, (byte)Paper);
        var image = new GrayImage(100, 80, pixels);
        void Figure(int top)
        {
            for (var y = top; y < top + 14; y++)
            {
                for (var x = 40; x < 48; x++)
                {
                    image[x, y] = 0;
                }
            }
        }

        Figure(10);
        Assert.Equal(1, CellMosaic.InkBands(image, new Box(0, 0, 100, 80), minInk: 20));
        image[70, 60] = 0; // a speck is no line
        Assert.Equal(1, CellMosaic.InkBands(image, new Box(0, 0, 100, 80), minInk: 20));
        Figure(45); // the next row's figure, its rule missed
        Assert.Equal(2, CellMosaic.InkBands(image, new Box(0, 0, 100, 80), minInk: 20));
    }
}
