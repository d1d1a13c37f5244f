using Extractor.Core.Mapping;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Mapping;

public sealed class CellValueParserTests
{
    [Theory]
    [InlineData("12", 12)]
    [InlineData("１２", 12)]
    [InlineData("1,204", 1204)]
    [InlineData("-18", -18)]
    [InlineData("－15", -15)]
    [InlineData("24252.311082", 24252.311082)]
    [InlineData("22（其中修订16件）", 22)]
    [InlineData("3件", 3)]
    [InlineData(" 0 ", 0)]
    public void Parse_NumberText_IsNumber(string raw, double expected)
    {
        var parsed = CellValueParser.Parse(raw);

        Assert.Equal(CellKind.Number, parsed.Kind);
        Assert.Equal((decimal)expected, parsed.Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("26")]
    [InlineData("007")]
    [InlineData("999999999999999")]
    [InlineData("000000000000001")]
    [InlineData("1000000000000000")]
    public void Parse_BareDigits_AsThePatternReadsThem(string digits)
    {
        // Bare digits take a shortcut; with a space around them they go the pattern's way: same kind, value and scale.
        var fast = CellValueParser.Parse(digits);
        var slow = CellValueParser.Parse($" {digits} ");

        Assert.Equal(slow.Kind, fast.Kind);
        Assert.Equal(slow.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture), fast.Value?.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(slow.Unit, fast.Unit);
    }

    [Theory]
    [InlineData("1,386.40万元", "万元")]
    [InlineData("13575394432.52元", "元")]
    public void Parse_AmountWithUnit_KeepsUnit(string raw, string unit) => Assert.Equal(unit, CellValueParser.Parse(raw).Unit);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u00a0")]
    [InlineData("\u3000")]
    public void Parse_EmptyText_IsBlankWithoutValue(string raw)
    {
        var parsed = CellValueParser.Parse(raw);

        Assert.Equal(CellKind.Blank, parsed.Kind);
        Assert.Null(parsed.Value);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("／")]
    [InlineData("—")]
    [InlineData("-")]
    [InlineData("－")]
    [InlineData("无")]
    [InlineData("不适用")]
    public void Parse_NotApplicableMark_IsNa(string raw) => Assert.Equal(CellKind.Na, CellValueParser.Parse(raw).Kind);

    [Theory]
    [InlineData("见附件")]
    [InlineData("0 0")]
    [InlineData("\ufffd")]
    [InlineData("12a")]
    public void Parse_OtherText_IsTextWithoutValue(string raw)
    {
        var parsed = CellValueParser.Parse(raw);

        Assert.Equal(CellKind.Text, parsed.Kind);
        Assert.Null(parsed.Value);
    }
}
