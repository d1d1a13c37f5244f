using Extractor.Worker.Crawling;

namespace Extractor.Worker.Tests.Crawling;

public sealed class BlockDetectorTests
{
    [Theory]
    [InlineData(412, "<html><script>eval(x)</script></html>", true)]
    [InlineData(403, "<html><body>安全验证：请拖动滑块</body></html>", true)]
    [InlineData(403, "Forbidden", false)]
    [InlineData(200, "<html><body>请输入验证码</body></html>", true)]
    [InlineData(200, "<html><body><table><tr><td>验证码登录</td></tr></table></body></html>", false)]
    [InlineData(200, "<html><body><a href=\"/captcha.html\">2023年度报告</a></body></html>", false)]
    public void IsBlocked_Answer_IsRecognised(int status, string body, bool blocked)
        => Assert.Equal(blocked, BlockDetector.IsBlocked(status, body));
}
