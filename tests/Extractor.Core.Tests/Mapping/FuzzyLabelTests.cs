using Extractor.Core.Mapping;

namespace Extractor.Core.Tests.Mapping;

/// <summary>A row label with one character misread still finds its row, unless it could be two rows.</summary>
public class FuzzyLabelTests
{
    private static readonly (string Key, string[] Words)[] s_rows =
    [
        ("internal", ["内部事务"]),
        ("duplicate", ["重复申请"]),
        ("publication", ["出版物"]),
        ("excessive", ["大量反复", "反复申请"]),
        ("short", ["信访"]),
    ];

    [Theory]
    [InlineData("5.属于三类内部束务信息", "internal")]
    [InlineData("4.无正当理由大量反夏", "excessive")]
    public void FindUnique_OneCharacterWrong_FindsTheRow(string label, string key) =>
        Assert.Equal(key, FuzzyLabel.FindUnique(label, s_rows));

    [Theory]
    [InlineData("4.无正当理由大遇扩复申请")] // one wrong from 反复申请 and from 重复申请 (two rows): ambiguous, as OCR read it
    [InlineData("1.信仿举报")] // keyword too short to trust with a character wrong
    [InlineData("5.属于三类外联事务信息")] // two characters wrong
    public void FindUnique_AmbiguousShortOrTooFar_FindsNothing(string label) =>
        Assert.Null(FuzzyLabel.FindUnique(label, s_rows));

    [Fact]
    public void FindUnique_TwoRowsButOneAlreadyPassed_FindsTheRowAhead() =>
        Assert.Equal("excessive", FuzzyLabel.FindUnique("4.无正当理由大遇扩复申请", s_rows, lastRow: "publication"));
}
