using Extractor.Core.Mapping;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Mapping;

/// <summary>What the narrative states for table 二: read where it is unambiguous, missed rather than misread elsewhere.</summary>
public sealed class ActiveStatementScannerTests
{
    [Theory]
    [InlineData("全年主动公开市政府规章 22 件、市政府及市政府办公厅行\n政规范性文件 34 件、人事任免文件 196 件。", "regulations/issued=22;normative_documents/issued=34")]
    [InlineData("设立规范性文件库，集中公开现行有效行政规范性文件698件，动态更新本年度制发的规范性文件88件。", "normative_documents/in_force=698;normative_documents/issued=88")]
    [InlineData("经清理，已宣布废止规范性文件5件，拟适时修改3件。", "normative_documents/repealed=5")]
    [InlineData("截至年底，现行有效规章12件。", "regulations/in_force=12")]
    [InlineData("全年作出行政许可决定1204件，行政处罚决定86件，行政强制措施3件。", "licensing/decisions=1204;penalty/decisions=86;coercion/decisions=3")]
    [InlineData("2024年印发行政規範性文件7件。", "normative_documents/issued=7")]
    [InlineData("（一）主动公开方面\n全年主动公开规章2件。", "regulations/issued=2")]
    public void Scan_Statement_IsRead(string text, string expected)
    {
        Assert.Equal(expected, Scan(text, 2024));
    }

    [Theory]
    [InlineData("刊登市政府规章、市政府部门行政规范性文件等 243 件。")]
    [InlineData("全年备案审查规范性文件15件。")]
    [InlineData("开展合法性审核，审核行政规范性文件20件。")]
    [InlineData("主动公开政府信息1136条，其中规范性文件5件。")]
    [InlineData("2023年制发行政规范性文件9件。")]
    [InlineData("较上年制发规范性文件增加3件。")]
    [InlineData("累计制发规范性文件120件。")]
    [InlineData("收到行政复议申请，涉及行政处罚3件。")]
    [InlineData("做好政策解读，解读规范性文件8件。")]
    [InlineData("全年发布信息316条。")]
    public void Scan_NotAStatementOfTheTable_IsNotRead(string text)
    {
        Assert.Equal(string.Empty, Scan(text, 2024));
    }

    [Fact]
    public void Scan_QuantityStatedTwiceWithDifferentNumbers_IsNotStated()
    {
        var sections = ReportSections.Empty with { Overall = "全年制发行政规范性文件5件。", Active = "本年度共印发行政规范性文件6件；现行有效规章3件。" };

        var found = ActiveStatementScanner.Scan(sections, 2024, out var conflicts);

        Assert.Equal("regulations/in_force=3", string.Join(";", found.Select(static s => $"{s.Row}/{s.Column}={s.Value}")));
        Assert.Single(conflicts);
    }

    private static string Scan(string text, int year) =>
        string.Join(";", ActiveStatementScanner.Scan(ReportSections.Empty with { Overall = text }, year, out _).Select(static s => $"{s.Row}/{s.Column}={s.Value}"));
}
