using Extractor.Core.Checks.Narrative;

namespace Extractor.Core.Tests.Checks.Narrative;

public class SimplifiedTextTests
{
    [Theory]
    [InlineData("共收到政府信息公開申請 １,２３４ 件", "共收到政府信息公开申请1234件")]
    [InlineData("辦結 3,050 件，行政複議 2 件", "办结3050件，行政复议2件")]
    [InlineData("分别为1,23件", "分别为1,23件")]
    public void Fold_TraditionalWidthAndSeparators_Folded(string text, string folded) =>
        Assert.Equal(folded, SimplifiedText.Fold(text));
}
