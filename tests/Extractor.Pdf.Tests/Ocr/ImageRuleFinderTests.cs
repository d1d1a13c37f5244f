using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

public class ImageRuleFinderTests
{
    private static GrayImage Paper(int width, int height)
    {
        var pixels = new byte[width * height];
        Array.Fill(pixels, (byte)250);
        return new GrayImage(width, height, pixels);
    }

    [Fact]
    public void FindAndErase_GreyRulesOfATiltedGrid_FoundAsTwoByTwoAndErased()
    {
        var image = Paper(400, 300);

        // Rules one pixel wide and grey (as a turned scan leaves them), drifting a pixel along their length.
        foreach (var y in new[] { 50, 150, 250 })
        {
            for (var x = 50; x <= 350; x++)
            {
                image[x, y + (x / 200)] = 170;
            }
        }

        foreach (var x in new[] { 50, 200, 350 })
        {
            for (var y = 50; y <= 250; y++)
            {
                image[x + (y / 200), y] = 170;
            }
        }

        // A character's stroke is not a rule.
        for (var x = 100; x < 120; x++)
        {
            image[x, 100] = 0;
        }

        var rules = ImageRuleFinder.FindAndErase(image, minLength: 60, maxGap: 2);

        Assert.Equal(3, rules.Count(static r => r.IsHorizontal));
        Assert.Equal(3, rules.Count(static r => !r.IsHorizontal));
        Assert.Equal(255, image[150, 150]); // erased
        Assert.Equal(250, image[120, 120]); // paper untouched
        Assert.Equal(0, image[110, 100]);
    }

    [Fact]
    public void ParsePnm_WrittenImage_RoundTrips()
    {
        var image = Paper(3, 2);
        image[1, 1] = 7;

        var back = GrayImage.ParsePnm(image.ToPgm());

        Assert.NotNull(back);
        Assert.Equal(image.Pixels, back.Pixels);
        Assert.Null(GrayImage.ParsePnm("P4\n1 1\n\0"u8.ToArray()));
        Assert.Null(GrayImage.ParsePnm("P6\n2 1\n255\n\0\0\0"u8.ToArray())); // too short for two colour pixels
    }

    [Fact]
    public void EstimateAngle_PageTurnedByOneDegree_IsFoundAndUndone()
    {
        var image = Paper(600, 400);
        var tan = Math.Tan(1.0 * Math.PI / 180);
        for (var line = 40; line < 380; line += 30)
        {
            for (var x = 20; x < 580; x++)
            {
                var y = (int)Math.Round(line + (x * tan));
                if (y < 400)
                {
                    image[x, y] = 0;
                }
            }
        }

        var angle = Deskewer.EstimateAngle(image);
        var straight = Deskewer.Rotate(image, angle);

        Assert.InRange(angle, 0.8, 1.2);
        Assert.InRange(Deskewer.EstimateAngle(straight), -0.2, 0.2);
    }
}
