using System.Text;
using Extractor.Core.Reading;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Reading;

public sealed class HtmlDecodingTests
{
    // 喆 and 堃 are in GBK but not in GB2312; 䶮 takes four bytes in GB18030.
    private const string Body = "<p>联系人：王喆、李堃、刘䶮</p>";

    private static readonly Encoding s_gb18030 = GetGb18030();

    private static Encoding GetGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936);
    }

    private static byte[] Gb(string html) => s_gb18030.GetBytes(html);

    [Fact]
    public void Decode_GbkBytesWithMetaGb2312_ReadsAsGb18030IncludingCharactersOutsideGb2312()
    {
        var bytes = Gb("<html><head><meta charset=gb2312></head><body>" + Body + "</body></html>");

        var decoded = TextDecoder.DecodeHtml(bytes, null);

        Assert.Contains("王喆、李堃、刘䶮", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("meta", decoded.Origin);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Decode_HttpEquivContentType_IsUsed()
    {
        var bytes = Gb("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">" + Body);

        var decoded = TextDecoder.DecodeHtml(bytes, null);

        Assert.Contains("王喆", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("meta", decoded.Origin);
    }

    [Fact]
    public void Decode_HttpCharsetContradictsMeta_HttpWins()
    {
        var bytes = Gb("<meta charset=\"utf-8\">" + Body);

        var decoded = TextDecoder.DecodeHtml(bytes, "gbk");

        Assert.Contains("王喆", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("http", decoded.Origin);
    }

    [Fact]
    public void Decode_Utf8PageWithStaleGb2312MetaAndHttpUtf8_ReadsUtf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=gb2312>" + Body);

        var decoded = TextDecoder.DecodeHtml(bytes, "UTF-8");

        Assert.Contains("王喆", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("http", decoded.Origin);
    }

    [Fact]
    public void Decode_HttpClaimsUtf8ForGbkBytes_FallsBackToMetaWithADiagnostic()
    {
        var bytes = Gb("<meta charset=gb2312>" + Body);

        var decoded = TextDecoder.DecodeHtml(bytes, "utf-8");

        Assert.Contains("王喆", decoded.Text, StringComparison.Ordinal);
        Assert.Equal("meta", decoded.Origin);
        Assert.Equal(DiagnosticCodes.Encoding, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_Utf8Bom_WinsOverHttpAndMeta()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("<meta charset=gb2312>" + Body)).ToArray();

        var decoded = TextDecoder.DecodeHtml(bytes, "gbk");

        Assert.Equal("bom", decoded.Origin);
        Assert.StartsWith("<meta", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("王喆", decoded.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Utf16LeBom_IsRead()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(Body)).ToArray();

        var decoded = TextDecoder.DecodeHtml(bytes, null);

        Assert.Equal(Body, decoded.Text);
    }

    [Fact]
    public void Decode_NoDeclarationValidUtf8_ReadsUtf8WithoutDiagnostic()
    {
        var decoded = TextDecoder.DecodeHtml(Encoding.UTF8.GetBytes(Body), null);

        Assert.Equal(Body, decoded.Text);
        Assert.Equal("utf8-valid", decoded.Origin);
        Assert.Empty(decoded.Diagnostics);
    }

    [Fact]
    public void Decode_NoDeclarationInvalidUtf8_FallsBackToGb18030WithADiagnostic()
    {
        var decoded = TextDecoder.DecodeHtml(Gb(Body), null);

        Assert.Equal(Body, decoded.Text);
        Assert.Equal("fallback", decoded.Origin);
        Assert.Equal(DiagnosticCodes.Encoding, Assert.Single(decoded.Diagnostics).Code);
    }

    [Fact]
    public void Decode_UnknownHttpCharset_IsIgnoredWithADiagnostic()
    {
        var decoded = TextDecoder.DecodeHtml(Encoding.UTF8.GetBytes(Body), "x-no-such-charset");

        Assert.Equal(Body, decoded.Text);
        Assert.Contains(decoded.Diagnostics, static d => d.Message.Contains("x-no-such-charset", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_TruncatedGbkSequence_CountsTheLostBytes()
    {
        var bytes = Gb("<meta charset=gbk>" + Body).Append((byte)0x81).ToArray();

        var decoded = TextDecoder.DecodeHtml(bytes, null);

        Assert.EndsWith("\uFFFD", decoded.Text, StringComparison.Ordinal);
        Assert.Contains(decoded.Diagnostics, static d => d.Message.Contains("U+FFFD", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("<meta charset=\"gb_2312-80\">", "gb_2312-80")]
    [InlineData("<META HTTP-EQUIV='Content-Type' CONTENT='text/html;charset=x-gbk'>", "x-gbk")]
    [InlineData("<meta name=\"viewport\"><meta charset=utf-8>", "utf-8")]
    [InlineData("<p>charset=gbk</p>", null)]
    public void FindMetaCharset_Declarations_AreFound(string head, string? expected)
    {
        Assert.Equal(expected, TextDecoder.FindMetaCharset(Encoding.ASCII.GetBytes(head)));
    }

    [Theory]
    [InlineData("gb2312")]
    [InlineData("GBK")]
    [InlineData("gb_2312-80")]
    [InlineData("x-gbk")]
    [InlineData("\"GB18030\"")]
    public void Resolve_GbFamily_IsGb18030(string label)
    {
        Assert.Equal(54936, CharsetLabels.Resolve(label)?.CodePage);
    }
}
