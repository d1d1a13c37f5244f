using Extractor.Core.Legacy;

namespace Extractor.Core.Tests.Legacy;

public sealed class LegacyTableTextTests
{
    [Fact]
    public void TextToRows_GluedDump_CutsTheNextItemNumberOffTheRun()
    {
        var rows = LegacyTableText.TextToRows("六、统计表指标名称计量单位2018年度历年累计主动公开文件数条206912106其中：1.政府网站公开数条2069121062.政府公报公开数条00其中：1.电子邮件申请数条362.网上申请数条44", "line 1");

        Assert.Equal(
            [("主动公开文件数", "条", "206912106"), ("政府网站公开数", "条", "206912106"), ("政府公报公开数", "条", "00"), ("电子邮件申请数", "条", "36"), ("网上申请数", "条", "44")],
            rows.Select(static r => (r.Label, r.Unit, r.Raw)));
        Assert.All(rows, static r => Assert.Single(r.Values));
    }

    [Fact]
    public void TextToRows_SpacedDump_TwoValuesPerRow()
    {
        var rows = LegacyTableText.TextToRows("指标名称 计量 单位 2011 年度 历年累计 主动公开信息数 条 425 1516 其中：1.网站公开 条 418 1509 2.政府公报公开 条 7 7 行政申诉数 条 0 0 附件下载", "line 3");

        Assert.Equal(["主动公开信息数", "网站公开", "政府公报公开", "行政申诉数"], rows.Select(static r => r.Label));
        Assert.Equal([["425", "1516"], ["418", "1509"], ["7", "7"], ["0", "0"]], rows.Select(static r => r.Values.ToArray()));
    }

    [Fact]
    public void TextToRows_TraditionalMirror_LabelsAndUnitsAsWritten()
    {
        var rows = LegacyTableText.TextToRows("指標名稱 計量單位 2011年度 歷年累計 主動公開信息數 條 425 1516 其中：1.網站公開 條 418 1509", "line 2");

        Assert.Equal([("主動公開信息數", "條", "425 1516"), ("網站公開", "條", "418 1509")], rows.Select(static r => (r.Label, r.Unit, r.Raw)));
        Assert.Equal("active_website", LegacyIndicatorKeys.KeyOf(rows[1].Label));
    }

    [Fact]
    public void TextToRows_NoHeader_NoRows() => Assert.Empty(LegacyTableText.TextToRows("主动公开文件数条206912106", "line 1"));
}
