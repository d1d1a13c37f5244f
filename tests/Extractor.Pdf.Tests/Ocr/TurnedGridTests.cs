using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The grid of a page scanned askew and turned straight: its one-pixel rules come out grey where they stepped a pixel,
/// and the rule finder must still close every cell, without closing a gap the table really has.
/// </summary>
public class TurnedGridTests
{
    private const int Paper = 250;

    private static readonly int[] s_rows = [100, 160, 220, 280];

    private static readonly int[] s_columns = [100, 200, 300, 400, 500];

    /// <summary>A 4 × 3 grid of 1-pixel rules (columns at 100, 200, 300, 400, 500; rows at 100, 160, 220, 280).</summary>
    private static GrayImage Grid(byte ink)
    {
        var pixels = new byte[600 * 380];
        Array.Fill(pixels, (byte)Paper);
        var image = new GrayImage(600, 380, pixels);
        foreach (var y in s_rows)
        {
            for (var x = 100; x <= 500; x++)
            {
                image[x, y] = ink;
            }
        }

        foreach (var x in s_columns)
        {
            for (var y = 100; y <= 280; y++)
            {
                image[x, y] = ink;
            }
        }

        return image;
    }

    [Fact]
    public void FindAndErase_RuleFadingBeforeTheCorner_IsCarriedToTheCrossingRule()
    {
        // The last 45 px of the row rule at 160 and the bottom 40 px of the column rule at 400 came out pale (as a turn
        // leaves a rule where it stepped): lighter than a rule, still darker than paper, thin.
        var image = Grid(ink: 60);
        for (var x = 455; x < 500; x++)
        {
            image[x, 160] = Paper - 45;
            image[x, 161] = Paper - 20;
        }

        for (var y = 240; y < 280; y++)
        {
            image[400, y] = Paper - 45;
        }

        var rules = ImageRuleFinder.FindAndErase(image, minLength: 60, maxGap: 2);

        var row = Assert.Single(rules, static r => r.IsHorizontal && Math.Abs(r.Position - 160) < 2);
        Assert.InRange(row.End, 499, 501);
        var column = Assert.Single(rules, static r => !r.IsHorizontal && Math.Abs(r.Position - 400) < 2);
        Assert.InRange(column.End, 279, 281);
        Assert.Equal(255, image[470, 160]); // the faint stretch is erased too, or the engine reads it as a dash
        Assert.Equal(255, image[400, 260]);
    }

    [Fact]
    public void FindAndErase_GapTheTableHas_IsNotClosed()
    {
        // A merged label cell: the column rule at 200 stops at row 220 (paper below), and the row rule at 160 stops at
        // 350 with a line of text running on where it would continue, up to the column rule at 400.
        var image = Grid(ink: 60);
        for (var y = 221; y < 280; y++)
        {
            image[200, y] = Paper;
        }

        for (var x = 351; x < 500; x++)
        {
            image[x, 160] = Paper;
        }

        for (var x = 354; x < 396; x += 5)
        {
            for (var y = 154; y < 167; y++)
            {
                for (var dx = 0; dx < 4; dx++)
                {
                    image[x + dx, y] = 40; // characters: strokes across the line, ink beside it
                }
            }
        }

        var rules = ImageRuleFinder.FindAndErase(image, minLength: 60, maxGap: 2);

        var column = Assert.Single(rules, static r => !r.IsHorizontal && Math.Abs(r.Position - 200) < 2);
        Assert.InRange(column.End, 219, 222);
        var row = Assert.Single(rules, static r => r.IsHorizontal && Math.Abs(r.Position - 160) < 2);
        Assert.InRange(row.End, 349, 352);
        Assert.Equal(40, image[356, 156]);
    }

    [Fact]
    public void FindAndErase_GridTurnedAndTurnedBack_EveryRuleReachesItsCorners()
    {
        // Turned by 0.7° and back, interpolated both times (as a scanner's skew and our deskew do): the rules are grey
        // bands, paler where they step.
        var page = Deskewer.Rotate(Deskewer.Rotate(Grid(ink: 110), 0.7), -0.7);

        var rules = ImageRuleFinder.FindAndErase(page, minLength: 60, maxGap: 2);

        Assert.NotEmpty(rules);
        foreach (var y in s_rows)
        {
            var row = Assert.Single(rules, r => r.IsHorizontal && Math.Abs(r.Position - y) < 3);
            Assert.InRange(row.Start, 97, 103);
            Assert.InRange(row.End, 497, 503);
        }

        foreach (var x in s_columns)
        {
            var column = Assert.Single(rules, r => !r.IsHorizontal && Math.Abs(r.Position - x) < 3);
            Assert.InRange(column.Start, 97, 103);
            Assert.InRange(column.End, 277, 283);
        }
    }
}
