using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>The deskewer on a page of text-like lines and a ruled table, turned by a known angle.</summary>
public class DeskewerTests
{
    /// <summary>
    /// A page as a scanner sees it: grey paper with speckle, lines of "characters" (small blocks of varying width with
    /// gaps) and a ruled table of grey 1-pixel rules, so no single long line dominates the profile.
    /// </summary>
    private static GrayImage Page()
    {
        const int width = 900, height = 700;
        var random = new Random(13);
        var pixels = new byte[width * height];
        for (var i = 0; i < pixels.Length; i++)
        {
            pixels[i] = (byte)random.Next(235, 256);
        }

        var image = new GrayImage(width, height, pixels);
        for (var top = 40; top < 330; top += 24)
        {
            for (var left = 60; left < 820;)
            {
                var size = random.Next(8, 15);
                for (var y = top; y < top + 14; y++)
                {
                    for (var x = left; x < left + size; x++)
                    {
                        if (random.Next(3) > 0)
                        {
                            image[x, y] = (byte)random.Next(0, 90);
                        }
                    }
                }

                left += size + random.Next(2, 7);
            }
        }

        foreach (var y in new[] { 360, 400, 440, 480, 520, 560, 600 })
        {
            for (var x = 60; x <= 840; x++)
            {
                image[x, y] = 120;
            }
        }

        foreach (var x in new[] { 60, 300, 570, 840 })
        {
            for (var y = 360; y <= 600; y++)
            {
                image[x, y] = 120;
            }
        }

        return image;
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(-0.5)]
    [InlineData(0.4)]
    [InlineData(2.0)]
    [InlineData(-2.0)]
    public void EstimateAngle_PageTurnedByAKnownAngle_FoundWithinAFiftiethOfADegreeAndUndone(double turned)
    {
        // Rotate turns a page back by its angle, so turning by -a makes a page askew by a.
        var askew = Deskewer.Rotate(Page(), -turned);

        var angle = Deskewer.EstimateAngle(askew);
        var straight = Deskewer.Rotate(askew, angle);

        Assert.InRange(angle, turned - 0.05, turned + 0.05);
        Assert.InRange(Deskewer.EstimateAngle(straight), -0.05, 0.05);
    }

    [Fact]
    public void EstimateAngle_StraightPage_IsZeroAndLeftAlone()
    {
        var page = Page();

        var angle = Deskewer.EstimateAngle(page);

        Assert.InRange(angle, -0.02, 0.02);
        Assert.Same(page, Deskewer.Rotate(page, angle));
    }

    [Fact]
    public void Rotate_ThinGreyRule_StaysOneUnbrokenDarkBand()
    {
        // Interpolated, a turned 1-pixel rule is a band of grey with no gaps; nearest-neighbour sampling left steps.
        var pixels = new byte[400 * 200];
        Array.Fill(pixels, (byte)250);
        var image = new GrayImage(400, 200, pixels);
        for (var x = 20; x < 380; x++)
        {
            image[x, 100] = 40;
        }

        var turned = Deskewer.Rotate(image, 0.7);

        for (var x = 40; x < 360; x++)
        {
            var darkest = Enumerable.Range(80, 40).Min(y => turned[x, y]);
            Assert.True(darkest < 150, $"column {x}: the rule faded to {darkest}");
        }
    }

    [Fact]
    public void Straighten_BlackAndWhitePage_IsShearedByDefault_AndNotTurnedWithoutIt()
    {
        var grey = Deskewer.Rotate(Page(), -0.7);
        var fax = new GrayImage(grey.Width, grey.Height, grey.Pixels.Select(static p => p < 160 ? (byte)0 : (byte)255).ToArray());
        var folder = Directory.CreateTempSubdirectory("extractor-deskew-");
        try
        {
            var sheared = Deskewer.Straighten(fax, new OcrOptions(), folder.FullName, out var degrees);
            Assert.NotSame(fax, sheared);
            Assert.True(sheared.IsBilevel());
            Assert.InRange(degrees, 0.6, 0.8);
            Assert.InRange(Math.Abs(Deskewer.EstimateAngle(sheared)), 0, 0.1);

            Assert.Same(fax, Deskewer.Straighten(fax, new OcrOptions { ShearFax = false }, folder.FullName, out var none));
            Assert.Equal(0, none);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Straighten_BlackAndWhitePage_IsTurnedAndSaysByHowMuch()
    {
        // A fax page turned by 0.7° and thresholded: it is turned back grey (blurred a pixel first), and the angle is
        // handed on, so its dashed rules can be closed over the gaps that angle leaves (FaxDashes).
        var grey = Deskewer.Rotate(Page(), -0.7);
        var pixels = grey.Pixels.Select(static p => p < 160 ? (byte)0 : (byte)255).ToArray();
        var fax = new GrayImage(grey.Width, grey.Height, pixels);
        Assert.True(fax.IsBilevel());
        Assert.InRange(Deskewer.EstimateAngle(fax), 0.6, 0.8);

        var folder = Directory.CreateTempSubdirectory("extractor-deskew-");
        try
        {
            var straight = Deskewer.Straighten(fax, new OcrOptions { StraightenFax = true }, folder.FullName, out var faxDegrees);
            Assert.InRange(faxDegrees, 0.6, 0.8);
            Assert.False(straight.IsBilevel());
            Assert.InRange(Math.Abs(Deskewer.EstimateAngle(straight)), 0, 0.1);

            _ = Deskewer.Straighten(Deskewer.Rotate(Page(), -0.7), new OcrOptions { StraightenFax = true }, folder.FullName, out var greyDegrees);
            Assert.Equal(0, greyDegrees); // a grey page is no fax
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
