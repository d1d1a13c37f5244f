using System.Text;
using Extractor.Core.Reading;

namespace Extractor.Worker.Tests.Crawling;

public sealed class LinkPageDecodingTests
{
    [Fact]
    public void Decode_GbkPageWithMetaCharset_ReadsChinese()
    {
        var bytes = File.ReadAllBytes(Extractor.Testing.TestPaths.Fixture("site", "reports", "t2022_0125.html"));

        var text = TextDecoder.DecodeHtml(bytes, httpCharset: null).Text;

        Assert.Contains("2021年政府信息公开工作年度报告", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_UndeclaredGb18030_FallsBackFromUtf8()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding("GB18030").GetBytes("<p>年度报告</p>");

        Assert.Equal("<p>年度报告</p>", TextDecoder.DecodeHtml(bytes, httpCharset: null).Text);
    }
}
