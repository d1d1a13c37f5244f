using Extractor.Core.Mapping;

namespace Extractor.Core.Tests.Mapping;

public sealed class KeywordTableTests
{
    private static readonly KeywordTable s_table = new(
    [
        ("new_received", ["本年新收"]),
        ("received", ["新收", "收到"]),
        (string.Empty, ["项目"]),
    ]);

    [Theory]
    [InlineData("本年新收申请数量", "new_received")] // the first key in order wins, though 新收 matches too
    [InlineData("上年新收", "received")]
    [InlineData("收到申请", "received")]
    [InlineData("项目", "")] // a key may be empty: a match, not "no match"
    [InlineData("结转下年度", null)]
    [InlineData("", null)]
    public void Find_gives_the_first_key_in_order_whose_word_occurs(string text, string? expected) =>
        Assert.Equal(expected, s_table.Find(text));
}
