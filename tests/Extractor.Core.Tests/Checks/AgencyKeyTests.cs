using Extractor.Core.Checks;

namespace Extractor.Core.Tests.Checks;

public class AgencyKeyTests
{
    [Theory]
    [InlineData("平潭综合实验区（管委会）", "平潭综合实验区(管委会)")]
    [InlineData("淮安市 洪泽区人民政府", "淮安市洪泽区人民政府")]
    [InlineData("沭阳县发展和改革局。", "【沭阳县发展和改革局】")]
    public void From_SpellingVariants_SameKey(string a, string b) =>
        Assert.Equal(AgencyKey.From(a), AgencyKey.From(b));

    [Fact]
    public void From_DifferentAgencies_DifferentKeys() =>
        Assert.NotEqual(AgencyKey.From("淮安市人民政府"), AgencyKey.From("淮安市洪泽区人民政府"));

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    [InlineData("（）")]
    public void From_Nothing_Null(string? agency) => Assert.Null(AgencyKey.From(agency));
}
