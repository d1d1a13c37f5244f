using Extractor.Html.Metadata;

namespace Extractor.Html.Tests.Metadata;

public class PageMetadataReaderTests
{
    [Theory]
    [InlineData("沭阳县发展和改革局2023年政府信息公开年度报告-沭阳县发改局", "沭阳县发展和改革局2023年政府信息公开年度报告")]
    [InlineData("某局2022年政府信息公开工作年度报告_某市人民政府", "某局2022年政府信息公开工作年度报告")]
    [InlineData("某市人民政府 | 某局2022年政府信息公开工作年度报告", "某局2022年政府信息公开工作年度报告")]
    [InlineData("2019-2020年度工作总结", "2019-2020年度工作总结")]
    [InlineData("  ", null)]
    public void CleanTitle_SiteNameAfterSeparator_IsRemoved(string title, string? expected)
    {
        Assert.Equal(expected, PageMetadataReader.CleanTitle(title));
    }

    [Fact]
    public void Read_MetadataTable_GivesAgencyAndDate()
    {
        var document = HtmlTestDocuments.Read("""
            <title>某局2023年政府信息公开工作年度报告-某局</title>
            <div class="meta"><div><strong>采集时间：</strong>2025-12-30T21:37:37+08:00</div><div>来源：http://www.example.cn/a.shtml</div></div>
            <table><tr><td>发布机构</td><td>某县发展和改革局</td><td>公开日期</td><td><publishtime>2024-01-17</publishtime></td></tr></table>
            <p>正文</p>
            """);

        Assert.Equal("某县发展和改革局", document.AgencyHint);
        Assert.Equal("2024-01-17", document.PublishedAtHint);
        Assert.Equal("某局2023年政府信息公开工作年度报告", document.TitleHint);
    }

    [Fact]
    public void Read_LabelsOnOneLineSplitOverSpans_AreSeparated()
    {
        var document = HtmlTestDocuments.Read("<p><span>发布</span><span>机构：某县卫生健康委员会</span>\u3000\u3000<span>成文日期：2022年1</span>\n<span>月5日</span></p>");

        Assert.Equal("某县卫生健康委员会", document.AgencyHint);
        Assert.Equal("2022-01-05", document.PublishedAtHint);
    }

    [Fact]
    public void Read_PubDateMeta_WinsOverLabels()
    {
        var document = HtmlTestDocuments.Read("<head><meta name=\"PubDate\" content=\"2020-01-15 09:30\"></head><body><p>时间：2020-02-01</p></body>");

        Assert.Equal("2020-01-15", document.PublishedAtHint);
    }

    [Fact]
    public void Read_OnlyCrawlTime_GivesNoDate()
    {
        var document = HtmlTestDocuments.Read("<p>采集时间：2025-12-30</p><p>更新时间：2025-12-31</p>");

        Assert.Null(document.PublishedAtHint);
    }

    [Fact]
    public void Read_PlainTimeLabel_IsUsedAsLastResort()
    {
        var document = HtmlTestDocuments.Read("<p>时间：2021/3/9 来源：某区人民政府办公室</p>");

        Assert.Equal("2021-03-09", document.PublishedAtHint);
        Assert.Equal("某区人民政府办公室", document.AgencyHint);
    }

    [Fact]
    public void Read_ImpossibleDate_IsIgnored()
    {
        var document = HtmlTestDocuments.Read("<p>发布日期：2021-02-30</p>");

        Assert.Null(document.PublishedAtHint);
    }

    [Fact]
    public void Read_ArticleTitleMetaAndHeading_MetaWins()
    {
        var document = HtmlTestDocuments.Read("<head><meta name=\"ArticleTitle\" content=\"甲局2019年政府信息公开工作年度报告\"></head><body><h1>乙局2019年政府信息公开工作年度报告</h1></body>");

        Assert.Equal("甲局2019年政府信息公开工作年度报告", document.TitleHint);
    }

    [Fact]
    public void Read_ReportHeadingAndSiteTitle_HeadingWins()
    {
        var document = HtmlTestDocuments.Read("<head><title>某市人民政府</title></head><body><div class=\"header\"><h1>某市人民政府</h1></div><h2>某局2021年政府信息公开工作年度报告</h2></body>");

        Assert.Equal("某局2021年政府信息公开工作年度报告", document.TitleHint);
    }
}
