using System.Text;
using Extractor.Core.Text;

namespace Extractor.Core.Tests.Text;

public sealed class ChineseTextTests
{
    [Theory]
    [InlineData("新榮區政務服務中心", "新荣区政务服务中心")]
    [InlineData("行政復議", "行政复议")]
    [InlineData("總計", "总计")]
    [InlineData("already simplified 政府", "already simplified 政府")]
    public void ToSimplified_Text_ConvertsEveryTraditionalCharacter(string text, string expected) =>
        Assert.Equal(expected, ChineseText.ToSimplified(text));

    [Theory]
    [InlineData("政府信息公開工作年度報告", "traditional")]
    [InlineData("政府信息公开工作年度报告", "simplified")]
    [InlineData("2021 | 0", null)]
    public void DetectScript_Text_TellsTheScript(string text, string? expected) => Assert.Equal(expected, ChineseText.DetectScript(text));

    [Theory]
    [InlineData("（三）不予 公開", "(三)不予公开")]
    [InlineData("商業 企業", "商业企业")]
    [InlineData("3、危及“三安全一稳定”", "3.危及三安全一稳定")]
    [InlineData("（七）总计", "(七)总计")]
    public void NormalizeLabel_Label_FoldsScriptWidthSpacesAndQuotes(string text, string expected) =>
        Assert.Equal(expected, ChineseText.NormalizeLabel(text));

    [Fact]
    public void FoldCompatibility_StableCharacters_AreWhatNfkcKeeps()
    {
        // The fast path skips NFKC for these characters: each must be its own NFKC form, alone and beside another.
        var stable = Enumerable.Range(0, 0x10000).Select(static c => (char)c).Where(ChineseText.IsCompatibilityStable).ToList();
        Assert.NotEmpty(stable);
        Assert.All(stable, static c => Assert.Equal(c.ToString(), c.ToString().Normalize(NormalizationForm.FormKC)));
        var text = new string([.. stable.Where(static c => !char.IsSurrogate(c))]);
        Assert.Equal(text.Normalize(NormalizationForm.FormKC), ChineseText.FoldCompatibility(text));
    }

    [Theory]
    [InlineData("（三）１２３", "(三)123")]
    [InlineData("第①项\u3000合计", "第1项 合计")]
    [InlineData("政府信息公开 2021、总计", "政府信息公开 2021、总计")]
    public void FoldCompatibility_Text_IsNfkc(string text, string expected)
    {
        text = System.Text.RegularExpressions.Regex.Unescape(text);
        Assert.Equal(expected, ChineseText.FoldCompatibility(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormKC), ChineseText.FoldCompatibility(text));
    }
}
