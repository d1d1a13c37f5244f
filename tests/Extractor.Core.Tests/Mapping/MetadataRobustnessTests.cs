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
    [InlineData("2025 年上海市人民政府办公厅政府信息公开\n工作年度报告", "2025 年上海市人民政府办公厅政府信息公开工作年度报告", "上海市人民政府办公厅", 2025)]
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
}
