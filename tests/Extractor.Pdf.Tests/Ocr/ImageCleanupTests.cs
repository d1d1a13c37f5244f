using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>Seal dropout, rules carried across a seal or a wiped stretch, and dashed rules of black-and-white scans.</summary>
public class ImageCleanupTests
{
    private static readonly (byte R, byte G, byte B) s_vermilion = (215, 35, 40);

    private static GrayImage Paper(int width, int height, byte level = 255)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, level);
        return new GrayImage(width, height, pixels);
    }

    [Fact]
    public void Gray_GreyPixels_AreUnchanged()
    {
        foreach (var level in new byte[] { 0, 1, 77, 150, 214, 255 })
        {
            Assert.Equal(level, ColourDropout.Gray(level, level, level));
        }
    }

    [Fact]
    public void Gray_SealInkTurnsWhite_BlackTextUnderItAndBlueInkStayDark()
    {
        Assert.Equal(255, ColourDropout.Gray(s_vermilion.R, s_vermilion.G, s_vermilion.B));
        Assert.Equal(255, ColourDropout.Gray(240, 120, 150)); // pink
        Assert.Equal(255, ColourDropout.Gray(150, 40, 45)); // a JPEG's dark fringe of the seal
        Assert.InRange(ColourDropout.Gray(70, 10, 10), 0, 100); // black text under translucent seal ink
        Assert.InRange(ColourDropout.Gray(30, 10, 20), 0, 100); // black text with a colour fringe
        Assert.InRange(ColourDropout.Gray(30, 60, 200), 0, 100); // blue ink: text, as the red channel had it
    }

    [Fact]
    public void ParsePnm_ColourPageWithSeal_IsGreyWithTheSealDroppedAndRemembered()
    {
        var bytes = TestImages.Ppm(4, 2, (x, y) => x == 1 && y == 0 ? s_vermilion : x == 2 ? ((byte)0, (byte)0, (byte)0) : ((byte)250, (byte)250, (byte)250));

        Assert.Equal(215, GrayImage.ParsePnm(bytes)![1, 0]); // the red channel, as the reader takes it
        Assert.Null(GrayImage.ParsePnm(bytes)!.Dropped);

        var image = GrayImage.ParsePnm(bytes, dropSeal: true);

        Assert.NotNull(image);
        Assert.Equal([250, 255, 0, 250, 250, 250, 0, 250], image.Pixels);
        Assert.NotNull(image.Dropped);
        Assert.Equal(0, image.Dropped[1, 0]);
        Assert.Equal(255, image.Dropped[1, 1]);
        Assert.Equal(255, image.Dropped[2, 0]);
    }

    [Fact]
    public void ParsePnm_ColourPageWithoutSeal_HasNothingDropped()
    {
        var image = GrayImage.ParsePnm(TestImages.Ppm(3, 3, (x, _) => x == 1 ? ((byte)20, (byte)20, (byte)20) : ((byte)255, (byte)255, (byte)255)), dropSeal: true);

        Assert.NotNull(image);
        Assert.Null(image.Dropped);
        Assert.Equal(20, image[1, 1]);
    }

    [Fact]
    public void FindAndErase_RuleCoveredBySealStrokes_IsOneRule()
    {
        var image = Paper(300, 200);
        var dropped = Paper(300, 200);
        for (var x = 20; x < 280; x++)
        {
            image[x, 100] = 0;
        }

        // Two seal strokes wiped the rule out over 12 pixels each: gone from the grey page, remembered as dropped.
        foreach (var from in new[] { 90, 180 })
        {
            for (var x = from; x < from + 12; x++)
            {
                for (var y = 97; y <= 103; y++)
                {
                    image[x, y] = 255;
                    dropped[x, y] = 0;
                }
            }
        }

        var rules = ImageRuleFinder.FindAndErase(image.WithDropped(dropped), minLength: 60, maxGap: 2);

        var rule = Assert.Single(rules);
        Assert.True(rule.IsHorizontal);
        Assert.Equal(20, rule.Start);
        Assert.Equal(279, rule.End);
    }

    [Fact]
    public void FindAndErase_SealRingAlongALine_IsNoRule()
    {
        // A ring's dark rim along a line: a few ink pixels every so often, the rest seal ink.
        var image = Paper(300, 200);
        var dropped = Paper(300, 200);
        for (var x = 20; x < 280; x++)
        {
            if (x % 10 < 2)
            {
                image[x, 100] = 0;
            }
            else
            {
                dropped[x, 100] = 0;
            }
        }

        Assert.Empty(ImageRuleFinder.FindAndErase(image.WithDropped(dropped), minLength: 60, maxGap: 2));
    }

    [Fact]
    public void FindAndErase_TwoLongPiecesOfOneRule_AreJoinedAcrossTheWipedStretch()
    {
        var image = Paper(400, 100);
        for (var x = 10; x < 390; x++)
        {
            if (x is < 170 or >= 200)
            {
                image[x, 50] = 0;
            }
        }

        var rule = Assert.Single(ImageRuleFinder.FindAndErase(image, minLength: 80, maxGap: 2));
        Assert.Equal((10, 389), (rule.Start, rule.End));
    }

    /// <summary>A 300 dpi black-and-white grid: solid verticals, horizontals left as dashes 60 px long with 85 px gaps.</summary>
    private static GrayImage FaxGrid()
    {
        var image = Paper(800, 500);
        foreach (var x in new[] { 50, 400, 750 })
        {
            for (var y = 50; y <= 450; y++)
            {
                image[x, y] = 0;
                image[x + 1, y] = 0;
            }
        }

        foreach (var y in new[] { 50, 250, 450 })
        {
            for (var x = 52; x < 750; x++)
            {
                if ((x - 52) % 145 < 60)
                {
                    image[x, y + ((x / 145) % 2)] = 0;
                }
            }
        }

        return image;
    }

    [Fact]
    public void FindAndErase_DashedRulesOfABlackAndWhiteScan_AreClosedWithDashGap()
    {
        Assert.Equal(3, ImageRuleFinder.FindAndErase(FaxGrid(), minLength: 120, maxGap: 3).Count); // the verticals only

        var image = FaxGrid();
        var rules = ImageRuleFinder.FindAndErase(image, minLength: 120, maxGap: 3, dashGap: 100);

        var horizontals = rules.Where(static r => r.IsHorizontal).OrderBy(static r => r.Position).ToList();
        Assert.Equal(3, horizontals.Count);
        Assert.All(horizontals, static r => Assert.InRange(r.Start, 48, 53));
        Assert.All(horizontals, static r => Assert.InRange(r.End, 748, 752));
        Assert.Equal(255, image[60, 250]); // erased
    }

    [Fact]
    public void FindAndErase_ColumnOfFiguresBetweenRules_IsNotClosedIntoARule()
    {
        var image = FaxGrid();

        // A column of 1s (stem and foot serif), one per row of 40 px, under a vertical line of the grid's interior.
        for (var top = 60; top < 440; top += 40)
        {
            for (var y = top; y < top + 30; y++)
            {
                image[200, y] = 0;
            }

            for (var x = 194; x <= 206; x++)
            {
                image[x, top + 29] = 0;
            }
        }

        var rules = ImageRuleFinder.FindAndErase(image, minLength: 120, maxGap: 3, dashGap: 100);

        Assert.DoesNotContain(rules, static r => !r.IsHorizontal && Math.Abs(r.Position - 200) < 5);
        Assert.Equal(0, image[200, 70]); // the figures are left for the OCR engine
    }
}
