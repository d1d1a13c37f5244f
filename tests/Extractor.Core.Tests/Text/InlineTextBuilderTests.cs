using Extractor.Core.Text;

namespace Extractor.Core.Tests.Text;

public class InlineTextBuilderTests
{
    [Theory]
    [InlineData(new[] { "申请人情", "况" }, "申请人情况")]
    [InlineData(new[] { "三", "、本", "年", "度" }, "三、本年度")]
    [InlineData(new[] { "商业\n      ", "企业" }, "商业企业")]
    [InlineData(new[] { "Times", "New Roman" }, "Times New Roman")]
    [InlineData(new[] { "共收到 ", "26", " 件" }, "共收到26件")]
    [InlineData(new[] { "2023", "年" }, "2023年")]
    [InlineData(new[] { "1.", "2." }, "1. 2.")]
    [InlineData(new[] { "\u00A0", " " }, "")]
    [InlineData(new[] { "\u3000\u3000根据《条例》" }, "根据《条例》")]
    [InlineData(new[] { "危及", "“三安全一稳定”" }, "危及“三安全一稳定”")]
    public void Join_Fragments_JoinsCjkWithoutSpaceAndLatinWithOne(string[] fragments, string expected)
    {
        Assert.Equal(expected, InlineTextBuilder.Join(fragments));
    }

    [Fact]
    public void Append_PaddedSignature_CollapsesAndTrimsPadding()
    {
        var builder = new InlineTextBuilder();
        builder.Append(new string(' ', 120) + "沭阳县某某局" + new string('\u00A0', 10));

        Assert.Equal("沭阳县某某局", builder.Flush());
    }

    [Fact]
    public void Append_ZeroWidthCharacters_AreDropped()
    {
        var builder = new InlineTextBuilder();
        builder.Append("\uFEFF总\u200B计");

        Assert.Equal("总计", builder.Flush());
    }

    [Fact]
    public void Flush_AfterText_StartsOver()
    {
        var builder = new InlineTextBuilder();
        builder.Append("Total");
        builder.Flush();
        builder.Append("26");

        Assert.Equal("26", builder.Flush());
        Assert.True(builder.IsEmpty);
    }
}
