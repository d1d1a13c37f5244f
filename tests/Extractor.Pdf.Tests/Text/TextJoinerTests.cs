using Extractor.Pdf.Geometry;
using Extractor.Pdf.Text;

namespace Extractor.Pdf.Tests.Text;

public class TextJoinerTests
{
    /// <summary>A line of glyphs 10 points wide; a space in <paramref name="text"/> is a 6-point gap.</summary>
    private static TextLine Line(string text, double top)
    {
        var glyphs = new List<Glyph>();
        var x = 0.0;
        foreach (var c in text)
        {
            if (c == ' ')
            {
                x += 6;
                continue;
            }

            glyphs.Add(new Glyph(c.ToString(), new Box(x, top, x + 10, top + 10), 10));
            x += 10;
        }

        return new TextLine(glyphs);
    }

    [Fact]
    public void LinesToText_WrappedChinese_JoinsWithoutSpace() =>
        Assert.Equal("商业企业", TextJoiner.LinesToText([Line("商业企", 0), Line("业", 12)], isCell: true));

    [Fact]
    public void LinesToText_WrappedLatinWords_KeepsOneSpace() =>
        Assert.Equal("annual report", TextJoiner.LinesToText([Line("annual", 0), Line("report", 12)], isCell: false));

    [Fact]
    public void LineToText_StraySpaceInsideNumberInCell_JoinsDigits() =>
        Assert.Equal("12", TextJoiner.LineToText(Line("1 2", 0).Glyphs, isCell: true));

    [Fact]
    public void LineToText_GapBetweenNumbersInProse_KeepsSpace() =>
        Assert.Equal("1 2", TextJoiner.LineToText(Line("1 2", 0).Glyphs, isCell: false));

    [Fact]
    public void LineToText_DigitsNextToChinese_NoSpace() =>
        Assert.Equal("2024年", TextJoiner.LineToText(Line("2024 年", 0).Glyphs, isCell: false));
}
