using Extractor.Html.Layout;

namespace Extractor.Html.Tests.Layout;

public class ChromeFilterTests
{
    [Theory]
    [InlineData("扫一扫在手机上查看当前页面")]
    [InlineData("【打印本页】【关闭窗口】")]
    [InlineData("【字体：大中小】")]
    [InlineData("【字体：大 中 小】 打印本页 关闭窗口")]
    [InlineData("当前位置：首页 > 政府信息公开 > 年度报告")]
    [InlineData("上一篇：2022年度报告")]
    public void IsChromeLine_ChromeLines_AreRecognised(string line)
    {
        Assert.True(ChromeFilter.IsChromeLine(line));
    }

    [Theory]
    [InlineData("本年度未收取信息处理费。")]
    [InlineData("一、总体情况")]
    [InlineData("关闭窗口后申请人可再次提交申请。")]
    [InlineData("2024年1月17日")]
    public void IsChromeLine_ReportLines_AreKept(string line)
    {
        Assert.False(ChromeFilter.IsChromeLine(line));
    }

    [Fact]
    public void Read_PageWithChrome_KeepsOnlyTheBody()
    {
        var document = HtmlTestDocuments.Read("""
            <html><head><title>t</title><style>p{color:red}</style><script>var x = "<p>脚本</p>";</script></head>
            <body>
            <div class="header-t"><div class="fl">网站首页</div></div>
            <div class="mainNav"><a>政务公开</a></div>
            <nav>导航</nav>
            <p>一、总体情况</p>
            <p>扫一扫在手机上查看当前页面</p>
            <div class="bdshare">分享到微信</div>
            <p>正文第一段。</p>
            <div style="display: none">隐藏的内容</div>
            <footer>版权所有</footer>
            </body></html>
            """);

        Assert.Equal(["一、总体情况", "正文第一段。"], HtmlTestDocuments.Texts(document));
    }

    [Fact]
    public void Read_ChromeClassOnTheWholePage_IsNotTreatedAsChrome()
    {
        // A wrapper that holds most of the page is a badly named container, not a header.
        var document = HtmlTestDocuments.Read("<body><div class=\"head\"><p>一、总体情况</p><p>本年度主动公开信息一百条。</p></div><p>尾</p></body>");

        Assert.Equal(["一、总体情况", "本年度主动公开信息一百条。", "尾"], HtmlTestDocuments.Texts(document));
    }
}
