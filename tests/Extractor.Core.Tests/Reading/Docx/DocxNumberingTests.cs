using Extractor.Core.Reading.Docx;

namespace Extractor.Core.Tests.Reading.Docx;

public class DocxNumberingTests
{
    [Theory]
    [InlineData(1, "chineseCounting", "一")]
    [InlineData(6, "chineseCountingThousand", "六")]
    [InlineData(10, "chineseCounting", "十")]
    [InlineData(11, "chineseCounting", "十一")]
    [InlineData(20, "chineseCounting", "二十")]
    [InlineData(101, "chineseCounting", "一百零一")]
    [InlineData(110, "chineseCounting", "一百一十")]
    [InlineData(3, "chineseLegalSimplified", "叁")]
    [InlineData(2024, "ideographDigital", "二〇二四")]
    [InlineData(2, "ideographTraditional", "乙")]
    [InlineData(3, "decimalEnclosedCircle", "③")]
    [InlineData(12, "decimalFullWidth", "１２")]
    [InlineData(4, "upperRoman", "IV")]
    [InlineData(27, "lowerLetter", "aa")]
    [InlineData(7, "decimalZero", "07")]
    [InlineData(7, "somethingNew", "7")]
    public void Render_Format_WritesTheNumberAsWordShowsIt(int value, string format, string expected) =>
        Assert.Equal(expected, DocxNumbering.Render(value, format));

    [Fact]
    public void Next_StartOverride_RestartsTheListForThatNum()
    {
        var numbering = DocxNumbering.Parse(System.Text.Encoding.UTF8.GetBytes($"""
            <w:numbering xmlns:w="{DocxBuilder.WordNamespace}">
              <w:abstractNum w:abstractNumId="5"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="（%1）"/></w:lvl></w:abstractNum>
              <w:num w:numId="1"><w:abstractNumId w:val="5"/></w:num>
              <w:num w:numId="2"><w:abstractNumId w:val="5"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
            </w:numbering>
            """));

        Assert.Equal(["（3）", "（4）", "（1）", "（2）", "（3）"], new[] { 1, 1, 2, 2, 1 }.Select(id => numbering.Next(id, 0)));
        Assert.Null(numbering.Next(9, 0));
    }
}
