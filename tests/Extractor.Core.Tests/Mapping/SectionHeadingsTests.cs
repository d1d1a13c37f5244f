using Extractor.Core.Mapping;

namespace Extractor.Core.Tests.Mapping;

public sealed class SectionHeadingsTests
{
    [Theory]
    [InlineData("一、总体情况", "overall")]
    [InlineData("一、總體情況", "overall")]
    [InlineData("## 二、主动公开政府信息情况", null)]
    [InlineData("二、主動公開政府信息情況", "active")]
    [InlineData("三、收到和处理政府信息公开申请情况", "applications")]
    [InlineData("四、政府信息公开行政复议、行政诉讼情况", "appeals")]
    [InlineData("四、政府信息公开行政法复议、行政诉讼情况", "appeals")]
    [InlineData("五、政府信息公开工作存在的主要问题及改进情况", "problems")]
    [InlineData("六、其他需要报告的事项", "other")]
    [InlineData("一、本年新收政府信息公开申请数量", null)]
    [InlineData("四、结转下年度继续办理", null)]
    [InlineData("三、本年度办理结果", null)]
    public void Match_Line_ReturnsSectionKey(string line, string? expected) => Assert.Equal(expected, SectionHeadings.Match(line));
}
