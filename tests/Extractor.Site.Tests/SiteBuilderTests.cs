using Extractor.Worker.Cli;

namespace Extractor.Site.Tests;

/// <summary>The builder without a browser: what it reads, what it refuses, what it never touches.</summary>
[Collection(SiteCollection.Name)]
public sealed class SiteBuilderTests(SiteFixture site)
{
    [Fact]
    public async Task Build_FromTheCsvFilesAlone_WritesTheSameDataAsFromParquet()
    {
        // A dataset someone merged or exported as CSV only: the site must say exactly what the Parquet site says.
        var csvOnly = Path.Combine(site.Root, "csv-only");
        Directory.CreateDirectory(csvOnly);
        foreach (var csv in Directory.EnumerateFiles(site.DatasetDir, "*.csv"))
        {
            File.Copy(csv, Path.Combine(csvOnly, Path.GetFileName(csv)));
        }

        var fromCsv = Path.Combine(site.Root, "site-from-csv");
        await SiteBuilder.BuildAsync(csvOnly, fromCsv, CancellationToken.None);

        var fromParquet = DataFiles(site.SiteDir);
        Assert.NotEmpty(fromParquet);
        Assert.Equal(fromParquet.Keys.Order(StringComparer.Ordinal), DataFiles(fromCsv).Keys.Order(StringComparer.Ordinal));
        foreach (var (name, text) in fromParquet)
        {
            // Report pages link the source file relative to the site folder, which differs between the two sites.
            Assert.True(WithoutLinks(text) == WithoutLinks(File.ReadAllText(Path.Combine(fromCsv, "data", name))), $"{name} differs between CSV and Parquet");
        }
    }

    [Fact]
    public async Task Build_Twice_GivesByteIdenticalSites()
    {
        var first = Path.Combine(site.Root, "det-1");
        var second = Path.Combine(site.Root, "det-2");
        await SiteBuilder.BuildAsync(site.DatasetDir, first, CancellationToken.None);
        await SiteBuilder.BuildAsync(site.DatasetDir, second, CancellationToken.None);
        var a = Files(first);
        Assert.NotEmpty(a);
        Assert.Equal(a.Keys, Files(second).Keys);
        Assert.All(a, kv => Assert.Equal(kv.Value, File.ReadAllBytes(Path.Combine(second, kv.Key))));
    }

    [Fact]
    public async Task Build_IntoAFolderWithSomeoneElsesFiles_RefusesAndTouchesNothing()
    {
        var folder = Path.Combine(site.Root, "users-folder");
        Directory.CreateDirectory(folder);
        var theirs = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(theirs, "mine");

        await Assert.ThrowsAsync<IOException>(() => SiteBuilder.BuildAsync(site.DatasetDir, folder, CancellationToken.None));
        Assert.Equal("mine", await File.ReadAllTextAsync(theirs));
        Assert.Equal([theirs], Directory.EnumerateFileSystemEntries(folder));
        Assert.Empty(Directory.EnumerateDirectories(site.Root, "users-folder.tmp-*"));
    }

    [Fact]
    public async Task Build_OverItsOwnSite_ReplacesIt()
    {
        var folder = Path.Combine(site.Root, "rebuilt");
        await SiteBuilder.BuildAsync(site.DatasetDir, folder, CancellationToken.None);
        var stale = Path.Combine(folder, "data", "reports", "stale.js");
        await File.WriteAllTextAsync(stale, "// from an older dataset");
        await SiteBuilder.BuildAsync(site.DatasetDir, folder, CancellationToken.None);
        Assert.False(File.Exists(stale));
        Assert.True(File.Exists(Path.Combine(folder, SiteBuilder.MarkerFile)));
    }

    [Fact]
    public async Task ReportVerb_WithoutADataset_SaysWhatToGiveAndExitsTwo()
    {
        var empty = Path.Combine(site.Root, "no-dataset");
        Directory.CreateDirectory(empty);
        using var stderr = new StringWriter();
        Assert.Equal(CommandLine.ExitUsage, await ReportCommand.RunAsync([empty], stderr, CancellationToken.None));
        Assert.Contains("reports.parquet or reports.csv", stderr.ToString(), StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(empty));
    }

    [Fact]
    public async Task ReportVerb_WithOut_WritesTheSiteThere()
    {
        var target = Path.Combine(site.Root, "verb-site");
        using var stderr = new StringWriter();
        Assert.Equal(CommandLine.ExitOk, await ReportCommand.RunAsync([site.DatasetDir, "--out", target], stderr, CancellationToken.None));
        foreach (var page in new[] { "index.html", "findings.html", "report.html", "agency.html", "vendor/echarts.min.js", "vendor/ECHARTS-LICENSE.txt", "data/findings.js" })
        {
            Assert.True(File.Exists(Path.Combine(target, page)), page);
        }
    }

    [Fact]
    public void ParseOut_WroteTheSiteBesideTheDatasets()
    {
        Assert.True(File.Exists(Path.Combine(site.SiteDir, "index.html")));
        Assert.Contains("site for", site.ParseLog, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_ReferenceNothingOutsideTheSite()
    {
        // Offline and self-contained: no http(s) script, style or font; data by script tags, never fetch().
        foreach (var file in Directory.EnumerateFiles(site.SiteDir, "*.*").Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("http://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("https://", text, StringComparison.Ordinal);
            Assert.DoesNotContain("fetch(", text, StringComparison.Ordinal);
        }
    }

    private static Dictionary<string, string> DataFiles(string siteDir)
    {
        var data = Path.Combine(siteDir, "data");
        return Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(data, f), File.ReadAllText);
    }

    private static Dictionary<string, byte[]> Files(string siteDir) =>
        Directory.EnumerateFiles(siteDir, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToDictionary(f => Path.GetRelativePath(siteDir, f), File.ReadAllBytes);

    private static string WithoutLinks(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, "\"(archiveHref|sourceHref)\":(\"[^\"]*\"|null)", string.Empty);
}
