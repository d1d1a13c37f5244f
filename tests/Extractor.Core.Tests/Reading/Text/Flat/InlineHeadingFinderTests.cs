using Extractor.Core.Reading.Text.Flat;

namespace Extractor.Core.Tests.Reading.Text.Flat;

public sealed class InlineHeadingFinderTests
{
    [Fact]
    public void BodyToHeadings_TableRowLabels_NotTakenForHeadings()
    {
        const string Body = "一、总体情况2021年，我区…（一）主动公开方面。二、主动公开政府信息情况 第二十条规章000"
            + "三、收到和处理政府信息公开申请情况（本列…）一、本年新收政府信息公开申请数量0000000三、本年度办理结果（一）予以公开0000000"
            + "四、结转下年度继续办理1000001 四、政府信息公开行政法复议、行政诉讼情况 行政复议0 1 1 0 2"
            + "五、存在的主要问题及改进情况（一）存在的主要问题:无。六、其他需要报告的事项2021年，无。";

        var headings = InlineHeadingFinder.BodyToHeadings(Body);

        Assert.Equal(["overall", "active", "applications", "appeals", "problems", "other"], headings.Select(static h => h.Key));
        Assert.Equal(
            ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政法复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"],
            headings.Select(h => h.TextIn(Body)));
    }
}
