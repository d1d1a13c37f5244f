using Extractor.Core.Checks.Narrative;
using Extractor.Core.Records;

namespace Extractor.Core.Tests.Checks.Narrative;

public sealed class StatementCollectorTests
{
    [Fact]
    public void Collect_Narrative_EveryCountedNumberWithItsKey()
    {
        var sections = new ReportSections(
            "全年组织培训2次。我局各部门共开设新媒体数量70个。2018年政府信息公开专栏访问量达108932人次。截至2018年12月，制度已运行3年。",
            "2018年全区主动公开政府信息2069条。其中，区直各部门主动公开政府信息1592条，占76.9%。",
            "2018年共收到政府信息公开申请12件，其中自然人申请10件。",
            "本年度发生行政复议1件。",
            null,
            "本年度收取信息处理费380元。")
        { At = new Dictionary<string, string> { ["active"] = "line 4" } };

        var got = StatementCollector.Collect(sections, 2018, "某区人民政府");

        Assert.Equal(
            [("trainings", 2m, "次"), ("new_media_accounts", 70m, "个"), ("website_visits", 108932m, "人次"), ("active_published", 2069m, "条"), ("other", 1592m, "条"),
             ("applications_received", 12m, "件"), ("applications_received_natural_person", 10m, "件"), ("reviews", 1m, "件"), ("fees_collected", 380m, "元")],
            got.Select(static s => (s.Quantity, s.Value, s.Unit)));
        Assert.Equal("sections/active, sentence 1 (line 4)", got[3].At);
        Assert.Equal("2018年全区主动公开政府信息2069条", got[3].Sentence);
    }
}
