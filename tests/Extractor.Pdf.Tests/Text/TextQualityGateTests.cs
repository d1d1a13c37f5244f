using Extractor.Pdf.Geometry;
using Extractor.Pdf.Text;

namespace Extractor.Pdf.Tests.Text;

public class TextQualityGateTests
{
    private static List<Glyph> Glyphs(params string[] texts) =>
        texts.Select(static (t, i) => new Glyph(t, new Box(i * 10, 0, (i * 10) + 9, 10), 10)).ToList();

    [Fact]
    public void Assess_NoGlyphs_IsEmpty() => Assert.Equal(TextQuality.Empty, TextQualityGate.Assess([]));

    [Fact]
    public void Assess_ChineseText_IsGood() =>
        Assert.Equal(TextQuality.Good, TextQualityGate.Assess(Glyphs("政", "府", "信", "息", "公", "开", "1", "2")));

    [Theory]
    [InlineData("\uFFFD")]
    [InlineData("\uE123")]
    [InlineData("(cid:1234)")]
    [InlineData("\u0003")]
    public void Assess_UnmappedGlyphs_IsUnmapped(string bad) =>
        Assert.Equal(TextQuality.Unmapped, TextQualityGate.Assess(Glyphs("政", "府", bad, bad, "公", "开")));

    [Fact]
    public void Assess_OneStraySymbolAmongMany_IsGood()
    {
        var glyphs = Glyphs(Enumerable.Repeat("报", 40).Append("\uE000").ToArray());

        Assert.Equal(TextQuality.Good, TextQualityGate.Assess(glyphs));
    }
}
