using System.Text;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Mapping;

/// <summary>Title, agency and year come out clean from the ways real files mangle them (issue 9, pattern 6 and 4).</summary>
public sealed class MetadataRobustnessTests
{
    private const string Body = "\n一、总体情况\n本办全年主动公开信息12条。\n二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n";

    private static ReportResult Parse(string text) =>
        new ExtractionPipeline([new TextReportReader()]).Parse(new SourceDocument("t.txt", Encoding.UTF8.GetBytes(text)));

    [Theory]
    [InlineData("2019年上海市人民政府办公厅政府信息公开工作年度报告", "2019年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", 2019)]
    [InlineData("2025 年上海市人民政府办公厅政府信息公开\n工作年度报告", "2025年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", 2025)]
    [InlineData("沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局单位：沭阳县发改局来源：http://www.example.cn/x采集时间：2025-12-30", "沭阳县发展和改革局2023年政府信息公开年度报告", "沭阳县发展和改革局", 2023)]
    [InlineData("青溪县⼈⺠政府2022年政府信息公开⼯作年度报告", "青溪县人民政府2022年政府信息公开工作年度报告", "青溪县人民政府", 2022)]
    [InlineData("2023年政府信息公开工作年度报告", "2023年政府信息公开工作年度报告", null, 2023)]
    public void Parse_MangledTitle_TitleAgencyAndYearComeOutClean(string titleLines, string title, string? agency, int year)
    {
        var report = Parse(titleLines + Body);

        Assert.Equal(title, report.Title);
        Assert.Equal(agency, report.Agency);
        Assert.Equal(year, report.Year);
    }

    [Theory]
    [InlineData("洪山区某局2025年政府信息公开工作年度报告\n日期:2026-01-29 16:00 来源:洪山区某局 字号:\n", "2026-01-29")]
    [InlineData("某街道办事处2025年政府信息公开工作年度报告\n字号 : |\n更新时间:2026-01-15 发布时间: |  来源:某街道办事处\n", null)]
    [InlineData("某县人民政府 2025 年 政府信息公开工作年度报告\n某县人民政府\n(2026年1月23日)\n", "2026-01-23")]
    [InlineData("标题: 某县某局2023年政府信息公开年度报告\n公开日期：2024-01-17\n", "2024-01-17")]
    [InlineData("某县某局2023年政府信息公开年度报告\n索引号:0001 公开日期:２０２４年１月１７日 文号:\n", "2024-01-17")]
    public void Parse_DatePrintedByThePage_IsThePublicationDate(string head, string? published)
    {
        var report = Parse(head + Body);

        Assert.Equal(published, report.PublishedAt);
    }

    [Fact]
    public void Parse_TitleWithLayoutSpaces_ComesOutWithout()
    {
        var report = Parse("# 某县人民政府 2025 年 政府信息公开工作年度报告\n" + Body);

        Assert.Equal("某县人民政府2025年政府信息公开工作年度报告", report.Title);
        Assert.Equal("某县人民政府", report.Agency);
    }

    [Fact]
    public void Parse_IntroNamingTheReportWithoutTitle_StillGivesTheYear()
    {
        var report = Parse("根据《中华人民共和国政府信息公开条例》，现将我办2022年度政府信息公开情况报告如下:" + Body);

        Assert.Equal(2022, report.Year);
        Assert.Null(report.Title);
    }
}
