using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The seal dropout as the reader does it (<see cref="OcrOptions.SealDropout"/>): the rules are found on the red
/// channel, where a rule under a seal stroke is a dark blend of black and red; only then is the seal's ink whitened
/// for the OCR engine. Dropping the seal first cut the rule there (the county seal scan lost two table rows).
/// </summary>
public class SealDropoutTests
{
    [Fact]
    public void RuleUnderASealBlend_IsFoundOnTheRedChannel_AndTheSealIsDroppedForOcrAfterwards()
    {
        // A grey rule across the page at y 20; over x 80–170 an opaque seal (vermilion), where the rule shows as the
        // dark red blend the JPEG scan had (165, 50, 55); a seal stroke above the rule at y 10.
        (byte, byte, byte) Colour(int x, int y) => (x, y) switch
        {
            ( >= 80 and < 170, 20) => (165, 50, 55),
            (_, 20) => (120, 120, 120),
            ( >= 80 and < 170, >= 8 and <= 12) => (215, 35, 40),
            _ => (255, 255, 255),
        };
        var bytes = TestImages.Ppm(300, 40, Colour);
        var red = GrayImage.ParsePnm(bytes)!;
        var seal = GrayImage.ParsePnm(bytes, dropSeal: true)!.Dropped;
        Assert.NotNull(seal);

        var rules = ImageRuleFinder.FindAndErase(red, minLength: 60, maxGap: 2);
        var dropped = red.DroppedOut(seal);

        var rule = Assert.Single(rules);
        Assert.True(rule.IsHorizontal);
        Assert.InRange(rule.Start, 0, 2);
        Assert.InRange(rule.End, 297, 299);
        Assert.All(Enumerable.Range(80, 90), x => Assert.Equal(255, dropped[x, 10])); // the seal stroke is gone
        Assert.Equal(215, red[100, 10]); // only in the copy the OCR engine reads
    }

    [Fact]
    public void DroppedOut_WhitensOnlyTheMaskedPixels()
    {
        var image = new GrayImage(3, 1, [10, 20, 30]);
        var mask = new GrayImage(3, 1, [255, 0, 255]);

        var dropped = image.DroppedOut(mask);

        Assert.Equal([10, 255, 30], dropped.Pixels);
        Assert.Equal([10, 20, 30], image.Pixels);
    }
}
