using Extractor.Core.Reading.Text.Flat;

namespace Extractor.Core.Tests.Reading.Text.Flat;

public sealed class FlatTokenizerTests
{
    [Fact]
    public void RegionToTokens_ItemNumberGluedToPreviousRun_MovedIntoLabel()
    {
        const string Region = "1.属于国家秘密00000002.其他法律行政法规禁止公开0000000";

        var tokens = FlatTokenizer.RegionToTokens(Region, 0, Region.Length);

        Assert.Equal(["1.属于国家秘密", "0000000", "2.其他法律行政法规禁止公开", "0000000"], tokens.Select(static t => t.Text));
        Assert.Equal([false, true, false, true], tokens.Select(static t => t.IsRun));
    }

    [Fact]
    public void RegionToTokens_NumberAloneAfterGroupLabel_JoinsTheLabel()
    {
        const string Region = "（六）其他处理 1.申请人无正当理由逾期不补正0000000";

        var tokens = FlatTokenizer.RegionToTokens(Region, 0, Region.Length);

        Assert.Equal(["（六）其他处理 1.申请人无正当理由逾期不补正", "0000000"], tokens.Select(static t => t.Text));
    }

    [Fact]
    public void RegionToTokens_SpacesSignsAndPoints_StayInsideRun()
    {
        const string Region = "行政处罚2648-18538收费24252.31 1082结转 0 0 00 五、";

        var tokens = FlatTokenizer.RegionToTokens(Region, 0, Region.Length);

        Assert.Equal(["行政处罚", "2648-18538", "收费", "24252.31 1082", "结转 ", "0 0 00", " 五、"], tokens.Select(static t => t.Text));
    }

    [Fact]
    public void RegionToTokens_UnitAfterRun_BelongsToRun()
    {
        const string Region = "政府集中采购13575394432.52元三、";

        var tokens = FlatTokenizer.RegionToTokens(Region, 0, Region.Length);

        Assert.Equal("13575394432.52", tokens[1].Text);
        Assert.Equal("元", tokens[1].Unit);
        Assert.Equal("三、", tokens[2].Text);
    }
}
