using System.Text;
using Extractor.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Tests.Hosting;

public sealed class SiteListReaderTests
{
    [Fact]
    public void ReadCsv_ProvinceList_GivesOneSourcePerRow()
    {
        var errors = new List<string>();

        var sources = SiteListReader.ReadCsv("sites.csv", """
            name,start,allowedHosts,reportLinkText,maxPages
            bj-scjgj,https://scjgj.beijing.gov.cn/ndbg/index.html,,,5
            bj-fgw,"https://fgw.beijing.gov.cn/a.html https://fgw.beijing.gov.cn/b.html",fgw.beijing.gov.cn;www.beijing.gov.cn,"年度报告|年报,工作报告",

            """, errors);

        Assert.Empty(errors);
        Assert.Equal(2, sources.Count);
        Assert.Equal(5, sources[0].MaxPages);
        Assert.Equal("年度报告|年报", sources[0].ReportLinkText); // empty cell: the default
        Assert.Equal(["https://fgw.beijing.gov.cn/a.html", "https://fgw.beijing.gov.cn/b.html"], sources[1].Start);
        Assert.Equal(["fgw.beijing.gov.cn", "www.beijing.gov.cn"], sources[1].AllowedHosts);
        Assert.Equal("年度报告|年报,工作报告", sources[1].ReportLinkText);
        Assert.Equal("sites.csv:line 3", sources[1].Origin);
    }

    [Fact]
    public void ReadCsv_BadColumnsAndRows_NameTheLine()
    {
        var errors = new List<string>();

        SiteListReader.ReadCsv("sites.csv", "name,start,reportLinkTxt\na,http://a.gov.cn/,x\nb,http://b.gov.cn/\n", errors);
        var rows = SiteListReader.ReadCsv("more.csv", "name,start,maxPages\na,http://a.gov.cn/,lots\n", errors);

        Assert.Contains(errors, e => e.StartsWith("sites.csv:line 1: column 'reportLinkTxt' is unknown", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("sites.csv:line 3: 2 fields", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("more.csv:line 2:maxPages: 'lots'", StringComparison.Ordinal));
        Assert.Single(rows);
    }

    [Fact]
    public void ReadJson_UnknownKeyAndSyntax_NameTheEntryOrTheLine()
    {
        var errors = new List<string>();

        var sources = SiteListReader.ReadJson("sites.json", Encoding.UTF8.GetBytes("""[{ "name": "a", "start": ["http://a.gov.cn/"] }, { "name": "b", "strat": [] }]"""), errors);
        SiteListReader.ReadJson("broken.json", Encoding.UTF8.GetBytes("[\n{ \"name\": }\n]"), errors);

        Assert.Equal("a", Assert.Single(sources).Name);
        Assert.Contains(errors, e => e.StartsWith("sites.json:1:strat: unknown key; did you mean \"start\"", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("broken.json: line 2, column", StringComparison.Ordinal));
    }

    [Fact]
    public void Options_SiteListWithABadRow_FailValidationNamingTheFileAndLine()
    {
        var folder = Directory.CreateTempSubdirectory("extractor-sites-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "sites.csv"), "name,start\nok,http://a.gov.cn/\nbad,ftp://b.gov.cn/\nok,http://c.gov.cn/\n");
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["siteLists:0"] = "sites.csv" }).Build();
            var services = new ServiceCollection().AddLogging();
            services.AddCrawlWorker(configuration, new RunSettings { ConfigPath = Path.Combine(folder, "pipeline.json"), Once = true });
            using var provider = services.BuildServiceProvider();

            var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<PipelineOptions>>().Value);

            Assert.Contains(failure.Failures, f => f.StartsWith("sites.csv:line 3:start:0: scheme 'ftp'", StringComparison.Ordinal));
            Assert.Contains(failure.Failures, f => f.StartsWith("sites.csv:line 4:name: 'ok' is used by another source", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
