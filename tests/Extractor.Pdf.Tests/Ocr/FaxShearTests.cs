using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// A black-and-white scan made 0.4° askew at 150 dpi, straightened by whole-pixel shears: it must stay black and white
/// with every ink pixel kept (nothing resampled), the dashes of each thin rule must come to lie on one pixel line, and the
/// figures must keep their shape where they were.
/// </summary>
public class FaxShearTests
{
    private const int Paper = 255;

    private static readonly int[] s_rows = [100, 136, 172, 208, 244, 280, 316, 352];

    private static readonly int[] s_columns = [100, 400, 650, 900];

    /// <summary>Top-left corners of solid 8 × 14 "figures", one per body cell of the middle column.</summary>
    private static readonly (int X, int Y)[] s_figures = [(520, 147), (520, 183), (520, 219)];

    private static GrayImage Table()
    {
        var pixels = new byte[1000 * 460];
        Array.Fill(pixels, (byte)Paper);
        var image = new GrayImage(1000, 460, pixels);
        const byte ink = 110; // a thin rule rendered grey
        foreach (var y in s_rows)
        {
            for (var x = 100; x <= 900; x++)
            {
                image[x, y] = ink;
            }
        }

        foreach (var x in s_columns)
        {
            for (var y = 100; y <= 352; y++)
            {
                image[x, y] = ink;
            }
        }

        // The frame is drawn a little heavier (two pixels), as the reports do: it stays nearly solid through the threshold.
        for (var x = 100; x <= 900; x++)
        {
            image[x, 101] = ink;
            image[x, 353] = ink;
        }

        for (var y = 100; y <= 353; y++)
        {
            image[101, y] = ink;
            image[901, y] = ink;
        }

        foreach (var (fx, fy) in s_figures)
        {
            for (var y = fy; y < fy + 14; y++)
            {
                for (var x = fx; x < fx + 8; x++)
                {
                    image[x, y] = 0;
                }
            }
        }

        return image;
    }

    private static GrayImage Fax()
    {
        var grey = Deskewer.Rotate(Table(), -0.4);
        return new GrayImage(grey.Width, grey.Height, grey.Pixels.Select(static p => p < 140 ? (byte)0 : (byte)255).ToArray());
    }

    private static int Ink(GrayImage image, int left, int top, int right, int bottom)
    {
        var count = 0;
        for (var y = top; y <= bottom; y++)
        {
            for (var x = left; x <= right; x++)
            {
                count += image[x, y] < 128 ? 1 : 0;
            }
        }

        return count;
    }

    private static GrayImage Straighten(GrayImage fax, out double degrees)
    {
        var folder = Directory.CreateTempSubdirectory("extractor-shear-");
        try
        {
            return Deskewer.Straighten(fax, new OcrOptions { ShearFax = true }, folder.FullName, out degrees);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Sheared_StaysBlackAndWhite_EveryInkPixelKept_AndTheAngleIsHandedOn()
    {
        var fax = Fax();
        Assert.True(fax.IsBilevel());
        var askew = Ink(fax, 0, 0, fax.Width - 1, fax.Height - 1);
        Assert.True(askew > 0);

        var straight = Straighten(fax, out var degrees);

        Assert.InRange(degrees, 0.3, 0.5);
        Assert.True(straight.IsBilevel());
        Assert.All(straight.Pixels, static p => Assert.True(p is 0 or 255));
        Assert.Equal(askew, Ink(straight, 0, 0, straight.Width - 1, straight.Height - 1));
        Assert.InRange(Math.Abs(Deskewer.EstimateAngle(straight)), 0, 0.04);
    }

    [Fact]
    public void Sheared_TheDashesOfEachRuleLieOnOneLine_AndFiguresKeepTheirPlaceAndShape()
    {
        var straight = Straighten(Fax(), out _);

        foreach (var y in s_rows)
        {
            // Along the rule, away from the column rules: all its ink within a pixel of where it was drawn.
            var near = 0;
            var band = 0;
            foreach (var (from, to) in new[] { (110, 390), (410, 510), (540, 640), (660, 890) })
            {
                near += Ink(straight, from, y - 1, to, y + 1);
                band += Ink(straight, from, y - 6, to, y + 6);
            }

            Assert.True(near > 100, $"rule {y}: {near} ink pixels left");
            Assert.Equal(band, near);
        }

        foreach (var x in s_columns.Where(static x => x is not (100 or 900)))
        {
            // Between the row rules, which cross the band.
            var near = 0;
            var band = 0;
            foreach (var (from, to) in new[] { (106, 130), (142, 166), (178, 202), (214, 238), (250, 274), (286, 310), (322, 346) })
            {
                near += Ink(straight, x - 1, from, x + 1, to);
                band += Ink(straight, x - 6, from, x + 6, to);
            }

            Assert.Equal(band, near);
        }

        foreach (var (fx, fy) in s_figures)
        {
            // 8 × 14 = 112 pixels, within a pixel of where they were: a shear step may cross a figure, a resample never.
            var inside = Ink(straight, fx - 1, fy - 1, fx + 8, fy + 14);
            Assert.InRange(inside, 100, 130);
            Assert.Equal(inside, Ink(straight, fx - 4, fy - 4, fx + 11, fy + 17));
        }
    }

    [Fact]
    public void Sheared_DashedRulesAreClosedToTheirCorners()
    {
        var straight = Straighten(Fax(), out var degrees);
        var rules = ImageRuleFinder.FindAndErase(straight, minLength: 60, maxGap: 2, dashPeriod: FaxDashes.Period(degrees, 150));

        Assert.NotEmpty(rules);
        foreach (var y in s_rows)
        {
            var row = Assert.Single(rules, r => r.IsHorizontal && Math.Abs(r.Position - y) < 3);
            Assert.InRange(row.Start, 96, 105);
            Assert.InRange(row.End, 896, 905);
        }

        foreach (var x in s_columns)
        {
            var column = Assert.Single(rules, r => !r.IsHorizontal && Math.Abs(r.Position - x) < 3);
            Assert.InRange(column.Start, 96, 105);
            Assert.InRange(column.End, 348, 357);
        }
    }
}
