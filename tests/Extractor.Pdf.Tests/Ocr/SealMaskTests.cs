using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The seal's pixels on the page as the reader goes on with it: on a page turned straight the mask is turned with it
/// (before, the dropout was skipped on turned pages: the mask would have lain beside the seal); a page without red ink
/// has no mask at all, so a grey scan reads exactly as before; a cell whose ink is mostly seal holds no figure.
/// </summary>
public class SealMaskTests
{
    [Fact]
    public void Find_OnAGreyPage_IsNull()
    {
        // A grey JPEG scan decoded to PPM: R = G = B everywhere, black rules and text, no seal.
        var bytes = TestImages.Ppm(200, 120, static (x, y) => y % 30 == 0 || (x > 40 && x < 44) ? ((byte)20, (byte)20, (byte)20) : ((byte)250, (byte)250, (byte)250));
        var page = GrayImage.ParsePnm(bytes)!;

        Assert.Null(SealMask.Find(bytes, page, page, dpi: 300));
    }

    [Fact]
    public void Find_OnATurnedPage_TurnsTheMaskWithIt()
    {
        // Black rules every 40 px across a page turned 1° (as scanned askew), and an opaque red disc of radius 30 at
        // (150, 100): on the red channel the disc is light grey (215), where the mask must lie after the turn.
        const double Turn = 1.0;
        var tan = Math.Tan(Turn * Math.PI / 180);
        var bytes = TestImages.Ppm(400, 240, (x, y) =>
        {
            if (((x - 150) * (x - 150)) + ((y - 100) * (y - 100)) <= 30 * 30)
            {
                return (215, 35, 40);
            }

            var straightY = y - (x * tan);
            return Math.Abs(straightY - (40 * Math.Round(straightY / 40))) < 1.5 ? ((byte)10, (byte)10, (byte)10) : ((byte)255, (byte)255, (byte)255);
        });
        var askew = GrayImage.ParsePnm(bytes)!;
        var angle = Deskewer.EstimateAngle(askew);
        Assert.InRange(Math.Abs(angle), 0.8, 1.2);
        var straight = Deskewer.Rotate(askew, angle);

        var mask = SealMask.Find(bytes, askew, straight, dpi: 300);

        Assert.NotNull(mask);
        var disc = Enumerable.Range(0, straight.Pixels.Length).Where(i => straight.Pixels[i] is >= 205 and <= 225 && Distance(i, straight.Width, 150, 100) < 27).ToList();
        Assert.NotEmpty(disc);
        Assert.All(disc, i => Assert.Equal(0, mask.Pixels[i]));

        // Away from the disc (beyond the widening) nothing is masked: the rules stay for the reader.
        var far = Enumerable.Range(0, straight.Pixels.Length).Where(i => straight.Pixels[i] < 100 && Distance(i, straight.Width, 150, 100) > 36).ToList();
        Assert.NotEmpty(far);
        Assert.All(far, i => Assert.Equal(255, mask.Pixels[i]));
    }

    [Fact]
    public void MostlySeal_TellsSealInkFromAFigureUnderARing()
    {
        // A 60×40 cell: a ring stroke 6 px wide across it (seal), and a figure's 300 dark pixels beside the stroke.
        var page = new GrayImage(60, 40, Enumerable.Repeat((byte)255, 2400).ToArray());
        var mask = new GrayImage(60, 40, Enumerable.Repeat((byte)255, 2400).ToArray());
        for (var y = 0; y < 40; y++)
        {
            for (var x = 20; x < 26; x++)
            {
                mask[x, y] = 0;
            }
        }

        Assert.True(SealMask.MostlySeal(page, mask, 0, 0, 60, 40)); // the ring alone: seal ink read as a figure

        for (var y = 5; y < 35; y++)
        {
            for (var x = 30; x < 40; x++)
            {
                page[x, y] = 0;
            }
        }

        Assert.False(SealMask.MostlySeal(page, mask, 0, 0, 60, 40)); // a figure crossed by a thin ring
    }

    [Fact]
    public void Widened_GrowsEverySealPixelByTheRadius()
    {
        var mask = new GrayImage(7, 7, Enumerable.Repeat((byte)255, 49).ToArray());
        mask[3, 3] = 0;

        var wide = SealMask.Widened(mask, 1);

        Assert.Equal(9, wide.Pixels.Count(static p => p == 0));
        Assert.Equal(0, wide[2, 2]);
        Assert.Equal(255, wide[1, 3]);
    }

    private static double Distance(int index, int width, int x, int y) => Math.Sqrt(Math.Pow((index % width) - x, 2) + Math.Pow((index / width) - y, 2));
}
