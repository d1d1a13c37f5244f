using Extractor.Core.Reading.Text;

namespace Extractor.Core.Tests.Reading.Text;

public sealed class SentencePiecesTests
{
    [Theory]
    [InlineData("６件、当面３件、电子邮件２件；对申请的答复总数１１件，")]
    [InlineData("2016年全区共收到政府信息公开申请11件，其中网上")]
    [InlineData("其中同意公开答复8件，")]
    [InlineData("、传真１件")]
    [InlineData("全区主动公开政府信息1204条。")]
    [InlineData("政府公报１２期、新闻发布会")]
    [InlineData("３件、新公开３件，对外公开")]
    public void IsPiece_ClauseOfASentence_IsTrue(string line) => Assert.True(SentencePieces.IsPiece(line));

    [Theory]
    [InlineData("行政许可 97")]
    [InlineData("行政许可　1,204")]
    [InlineData("（三）不予公开 1.属于国家秘密 0")]
    [InlineData("本年新收政府信息公开申请数量 640件")]
    [InlineData("12件")]
    [InlineData("2016年度")]
    [InlineData("第二十条第（一）项")]
    [InlineData("其中：1.当面申请数")]
    [InlineData("行政事业性收费（单位：万元） 12.5")]
    public void IsPiece_RowOrCell_IsFalse(string line) => Assert.False(SentencePieces.IsPiece(line));

    [Theory]
    [InlineData("其中网上", "６件、当面３件", true)]
    [InlineData("不予公开", "２件。", true)]
    [InlineData("其中：", "６件、当面３件", false)]
    [InlineData("行政许可 97", "３件、", false)]
    [InlineData("其中网上", "行政处罚 3", false)]
    [InlineData("其中网上", null, false)]
    public void RunsOnInto_HeadOfACutSentence(string line, string? next, bool expected) =>
        Assert.Equal(expected, SentencePieces.RunsOnInto(line, next));

    [Theory]
    [InlineData("行政许可 97", "行政处罚 3", true)]
    [InlineData("行政许可 97", null, true)]
    [InlineData("全年共收到政府信息公开申请２", "４件，其中当面", false)]
    [InlineData("全年共收到政府信息公开申请２４", "件，其中当面", false)]
    [InlineData("其中同意公开答复８件，不予公开３", "件。", false)]
    [InlineData("其中网上", "６件", false)]
    public void IsRowLine_InAProseParagraph(string line, string? next, bool expected) =>
        Assert.Equal(expected, SentencePieces.IsRowLine(line, next));

    [Theory]
    [InlineData("其中网上６件、当面３件。", true)]
    [InlineData("其中网上６件、当面３件", true)]
    [InlineData("行政许可 97行政处罚 3行政强制 0", false)]
    [InlineData("（三）不予公开1.属于国家秘密 0", false)]
    public void IsProseParagraph_SentencesNotRows(string joined, bool expected) =>
        Assert.Equal(expected, SentencePieces.IsProseParagraph(joined));
}
