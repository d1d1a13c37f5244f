using System.Text;
using Extractor.Core.Reading;

namespace Extractor.Core.Tests.Reading;

public sealed class TextDecoderTests
{
    private const string Sample = "政府信息公开工作年度报告 䶮";

    [Fact]
    public void Decode_Utf8WithBom_IgnoresDeclaredCharset()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Sample)).ToArray();

        Assert.Equal(Sample, TextDecoder.Decode(bytes, "gb2312", out var used));
        Assert.Equal("utf-8", used);
    }

    [Fact]
    public void Decode_GbkBytesWithoutDeclaration_FallsBackToGb18030()
    {
        var bytes = TextDecoder.Gb18030.GetBytes(Sample);

        Assert.Equal(Sample, TextDecoder.Decode(bytes, null, out var used));
        Assert.Equal("gb18030", used);
    }

    [Theory]
    [InlineData("gb2312")]
    [InlineData("GBK")]
    [InlineData("x-gbk")]
    public void Resolve_GbFamily_IsGb18030(string charset) => Assert.Equal(TextDecoder.Gb18030.WebName, TextDecoder.Resolve(charset)!.WebName);
}
