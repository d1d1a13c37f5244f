using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Corpus.Tests;

/// <summary>
/// Every corpus document's sections hold the text a reader would put there: phrases chosen by reading each document,
/// and phrases that must not leak into a section. Also: no corpus report of any year is `not_a_report`. Skips cleanly
/// where ../shared is absent.
/// </summary>
public sealed class SectionsCorpusTests(ITestOutputHelper output)
{
    /// <summary>(file prefix, section, phrase it must hold); the excerpts (*partial*) have only what their first 2,000 characters reach.</summary>
    private static readonly (string File, string Section, string Phrase)[] s_phrases =
    [
        ("001_", "overall", "不断完善政府信息公开制度"), ("001_", "problems", "依申请公开工作规范性还有待提高"), ("001_", "other", "信息处理费0元"),
        ("003_", "overall", "政务公开工作人员的工作能力和水平"), ("003_", "problems", "政策解读质量仍需提升"), ("003_", "other", "信息处理费3940元"),
        ("004_", "overall", "切实提升我区政务公开质效"), ("004_", "problems", "政策解读形式不够丰富"), ("004_", "other", "无收取信息处理费情况"),
        ("005_", "overall", "开展互动活动42场次"), ("005_", "problems", "主动性和自觉性仍待提高"), ("005_", "other", "无其他需要报告的事项"),
        ("006_", "overall", "微阵地"), ("006_", "problems", "基层政务公开标准化规范化水平有待进一步提升"), ("006_", "other", "无其他需要报告的事项"),
        ("007_", "overall", "认真执行《条例》"), ("007_", "problems", "重大行政决策预公开程度需进一步加强"), ("007_", "other", "无收取信息处理费情况"),
        ("011_", "overall", "细化职责分工"), ("011_", "active", "2018年全区主动公开政府信息2069条"), ("011_", "applications", "2018年未收到有关政府信息公开申请"),
        ("011_", "appeals", "未收到有关政府信息公开行政复议"), ("011_", "problems", "政务公开工作队伍建设有待加强"),
        ("012_", "overall", "服务政府、法治政府、责任政府"), ("012_", "active", "其中主动公开政府信息1853条"), ("012_", "applications", "共收到有关政府信息公开的申请7条"),
        ("012_", "problems", "公众查阅点利用率不高"),
        ("014_", "overall", "以习近平法治思想为指引"), ("014_", "problems", "仍存在短板"), ("014_", "other", "收取380元"),
        ("016_", "overall", "深入贯彻落实"), ("016_", "problems", "重点采取如下改进措"), ("016_", "problems", "政策信息分散于多个平台"), ("016_", "other", "未收取信息公开处理费"),
        ("017_", "overall", "不断强化依法公开理念"), ("017_", "problems", "政民互动栏目网民留言回复效率有待提高"), ("017_", "other", "政府信息公开未发生收费情况"),
        ("018_", "overall", "遵循合法、公正、公平、准确"), ("018_", "applications", "共收到8份政府信息公开申请"),
        ("019_", "overall", "共公开信息314条"),
        ("020_", "overall", "进一步完善公开制度"),
        ("021_", "overall", "主动公开方面"),
        ("022_", "overall", "主动公开了机构简介"), ("022_", "active", "通过局微信公众号发布信息305条"),
        ("023_", "overall", "全面梳理、及時更新"),
        ("024_", "overall", "上海市政府信息公開規定"),
        ("025_", "overall", "平潭地税局贯彻落实"), ("025_", "active", "2013年新增主动公开政府信息45条"), ("025_", "applications", "未收到政府信息公开申请"),
        ("025_", "appeals", "行政复议0件"), ("025_", "other", "受理审批事项117件"), ("025_", "other", "兼职人员1人"),
        ("027_", "overall", "持续稳步开展"), ("027_", "active", "主动公开政府信息425条"), ("027_", "applications", "2011年全区未收到有关政府信息公开的申请"),
        ("027_", "problems", "公众查阅点利用率不高"),
        ("028_", "overall", "主動公開全面落實"),
        ("029_", "overall", "主动在门户网站公开政府信息50条"),
        ("030_", "overall", "积极推进主动公开"),
        ("031_", "overall", "确保政府信息公开做到发布及时"),
    ];

    /// <summary>(file prefix, section, phrase it must not hold): text of another part, or the statistics table.</summary>
    private static readonly (string File, string Section, string Phrase)[] s_leaks =
    [
        ("011_", "problems", "指标名称"), ("012_", "problems", "指标名称"), ("027_", "problems", "指标名称"),
        ("016_", "applications", "政策信息分散于多个平台"), ("016_", "appeals", "政策信息分散于多个平台"), ("016_", "appeals", "改进情况"),
        ("011_", "overall", "2018年全区主动公开政府信息2069条"), ("025_", "appeals", "工作人员情况"),
    ];

    public static TheoryData<string> CorpusFiles()
    {
        var data = new TheoryData<string>();
        if (TestPaths.Shared is { } shared && Directory.Exists(Path.Combine(shared, "corpus")))
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(shared, "corpus"), "0*").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(file));
            }
        }
        else
        {
            data.Add(string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(CorpusFiles))]
    public void Parse_CorpusDocument_IsAReportAndItsSectionsHoldWhatAReaderWouldPutThere(string file)
    {
        if (file.Length == 0 || TestPaths.Shared is not { } shared)
        {
            output.WriteLine("../shared/corpus not present: skipped");
            return;
        }

        var path = Path.Combine(shared, "corpus", file);
        var report = Readers.CreateParser().Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var sections = report.Sections.AsPairs().ToDictionary(static p => p.Key, static p => p.Value ?? string.Empty, StringComparer.Ordinal);

        Assert.True(report.Status is ReportStatus.Parsed or ReportStatus.Partial, $"{file}: {report.Status}");
        var phrases = s_phrases.Where(p => file.StartsWith(p.File, StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(phrases);
        Assert.All(phrases, p => Assert.True(sections[p.Section].Contains(p.Phrase, StringComparison.Ordinal), $"{file}: `{p.Section}` lacks 「{p.Phrase}」"));
        Assert.All(s_leaks.Where(p => file.StartsWith(p.File, StringComparison.Ordinal)), p => Assert.False(sections[p.Section].Contains(p.Phrase, StringComparison.Ordinal), $"{file}: `{p.Section}` holds 「{p.Phrase}」"));
        if (file.Contains("pre2019", StringComparison.Ordinal))
        {
            Assert.Equal("legacy", report.Template);
        }
    }
}
