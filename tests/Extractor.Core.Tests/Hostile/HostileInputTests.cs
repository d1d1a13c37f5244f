using System.Text;
using Extractor.Core.Mapping;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Docx;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;
using Extractor.Core.Tests.Reading.Docx;
using Extractor.Testing;

namespace Extractor.Core.Tests.Hostile;

/// <summary>The crashers of issue #11 in Core: each must end as a value, a text cell or a read failure with a reason.</summary>
public class HostileInputTests
{
    [Theory]
    [InlineData("2022年５月１日", "2022-05-01")]
    [InlineData("发布日期：2021-５-27", "2021-05-27")]
    [InlineData("２０２２年１２月３１日", "2022-12-31")]
    [InlineData("٢٠٢٢-٠٥-٠١", "2022-05-01")]
    public void Find_FullWidthOrOtherScriptDigits_GiveTheDate(string text, string expected) =>
        Assert.Equal(expected, DateText.Find(text));

    [Fact]
    public void Parse_FullWidthDigitsInTheTitleYearAndALegacyItemNumber_AreRead()
    {
        // Fuzz finding (seed 20261130, mutant 22226): 其中：1１２. in a legacy dump threw FormatException from int.Parse.
        var legacy = TestPaths.Fixture("fuzz", "legacy-fullwidth-item-number.txt");
        var text = "标题: 示例县交通运输局20２２年政府信息公开工作年度报告\n本报告所列数据的统计期限自20２２年1月1日起至20２２年12月31日止。\n";
        var pipeline = new ExtractionPipeline([new TextReportReader()]);

        var fromLegacy = pipeline.Parse(new SourceDocument(legacy, File.ReadAllBytes(legacy)));
        var fromTitle = pipeline.Parse(new SourceDocument("year.txt", Encoding.UTF8.GetBytes(text)));

        Assert.DoesNotContain(fromLegacy.Diagnostics, static d => d.Code == DiagnosticCodes.InternalError);
        Assert.NotEmpty(fromLegacy.LegacyIndicators);
        Assert.DoesNotContain(fromTitle.Diagnostics, static d => d.Code == DiagnosticCodes.InternalError);
        Assert.Equal(2022, fromTitle.Year);
    }

    [Fact]
    public void Read_DocxWhoseZipEntryCountIsOffByOne_FailsWithAReason()
    {
        var path = TestPaths.Fixture("hostile", "docx-eocd-count.docx");

        var ex = Assert.Throws<DocumentReadException>(() => new DocxReportReader().Read(new SourceDocument(path, File.ReadAllBytes(path))));

        Assert.Contains("zip directory cannot be read", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DocxOverTheSizeLimit_IsRefused()
    {
        var bytes = new byte[InputLimits.Docx + 1];
        DocxBuilder.Build("<w:p/>").CopyTo(bytes, 0);

        var ex = Assert.Throws<DocumentReadException>(() => new DocxReportReader().Read(new SourceDocument("big.docx", bytes)));

        Assert.Contains("over the 64 MB limit for DOCX input", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("123456789012345678901")]
    [InlineData("99999999999999999999999")]
    [InlineData("1000000000000000")]
    [InlineData("0.000000001")]
    public void Parse_NumberOutsideTheDatasetRange_IsTextNotAValue(string raw)
    {
        var cell = CellValueParser.Parse(raw);

        Assert.Equal(CellKind.Text, cell.Kind);
        Assert.Null(cell.Value);
    }

    [Theory]
    [InlineData("999999999999999", 999999999999999)]
    [InlineData("24252.311082", 24252.311082)]
    public void Parse_LargestNumbersKept_AreNumbers(string raw, decimal value) =>
        Assert.Equal(value, CellValueParser.Parse(raw).Value);

    [Fact]
    public void Decode_Utf8WithAFewInvalidBytes_StaysUtf8()
    {
        var text = string.Concat(Enumerable.Repeat("二、主动公开政府信息情况\n", 20));
        var bytes = Encoding.UTF8.GetBytes(text).ToList();
        bytes.Insert(0, 0xFF);
        bytes.Insert(38, 0x80); // between the first and second line (37 bytes each)

        var decoded = TextDecoder.DecodeText([.. bytes], null);

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.Contains("主动公开政府信息情况", decoded.Text, StringComparison.Ordinal);
        Assert.Contains(decoded.Diagnostics, static d => d.Message.StartsWith("2 byte sequence(s) could not be decoded", StringComparison.Ordinal));
    }

    [Fact]
    public void Decode_Gb18030Text_IsNotTakenForDamagedUtf8()
    {
        var bytes = TextDecoder.Gb18030.GetBytes(string.Concat(Enumerable.Repeat("二、主动公开政府信息情况\n", 20)));

        var decoded = TextDecoder.Decode(bytes, null, out var encoding);

        Assert.Equal("gb18030", encoding);
        Assert.Contains("主动公开政府信息情况", decoded, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("utf-7")]
    [InlineData("csUnicode11UTF7")]
    [InlineData("no-such-charset")]
    public void Resolve_UnsupportedCharset_IsNull(string label) => Assert.Null(CharsetLabels.Resolve(label));
}
