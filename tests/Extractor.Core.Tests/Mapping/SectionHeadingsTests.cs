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
    [InlineData("一、 概述", "overall")]
    [InlineData("三、政府信息依申请公开工作情况", "applications")]
    [InlineData("三、依申请公开、不予公开及咨询政府信息情况", "applications")]
    [InlineData("五、因政府信息公开申请行政复议、提起行政诉讼的情况", "appeals")]
    [InlineData("四、政府信息公开工作存在的主要问题及改进情况", "problems")]
    [InlineData("六、主要問題和改進措施", "problems")]
    [InlineData("四、政府信息公开的收费及减免情况", "other")]
    [InlineData("四、审批事项及处理情况", "other")]
    [InlineData("六、工作人员及信息公开事务支出情况", "other")]
    [InlineData("六、政府信息公开平台建设", null)]
    [InlineData("四、政府信息管理", null)]
    [InlineData("七、政府信息公开情况统计表", null)]
    [InlineData("（一）主要问题", null)]
    public void Match_Line_ReturnsSectionKey(string line, string? expected) => Assert.Equal(expected, SectionHeadings.Match(line));

    [Theory]
    [InlineData("（一）主要问题", "problems")]
    [InlineData("（二）改进情况", "problems")]
    [InlineData("（二）2025 年工作中存在的主要问题", "problems")]
    [InlineData("（一）2024 年工作中存在问题的改进情况", "problems")]
    [InlineData("其他需要报告的事项", "other")]
    [InlineData("（三）依申請收費及減免情況", "other")]
    [InlineData("（一）主动公开情况", null)]
    [InlineData("一是政策解读形式不够丰富，存在的问题较多。", null)]
    public void Find_ContentHeading_ReturnsKeyWithoutNumber(string line, string? expected)
    {
        var heading = SectionHeadings.Find(line);

        Assert.Equal(expected, heading?.Key);
        Assert.True(heading is null || !heading.Numbered);
    }

    [Fact]
    public void Find_StatisticsCaption_IsThePseudoSection() =>
        Assert.Equal(new SectionHeading(SectionHeadings.Statistics, true, 7), SectionHeadings.Find("七、政府信息公开情况统计表"));
}
