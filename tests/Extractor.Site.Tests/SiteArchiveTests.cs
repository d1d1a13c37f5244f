using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Site.Tests.Browser;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Site.Tests;

/// <summary>
/// The site is self-contained: each report's archived copy is copied into it (content-addressed, verified by SHA-256,
/// capped in size), every link of the generated site resolves inside the site folder, and a page without a copy says why.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class SiteArchiveTests(SiteFixture site, ITestOutputHelper output)
{
    [Fact]
    public void Links_OfTheGeneratedSite_ResolveInsideIt()
    {
        var root = Path.GetFullPath(site.SiteDir) + Path.DirectorySeparatorChar;
        var reports = ReportData(site.SiteDir);
        Assert.NotEmpty(reports);

        // The fixtures are local files still in place: every report has its bytes copied in, and they are those bytes.
        Assert.All(reports, r =>
        {
            Assert.Equal("copied", r.GetProperty("archiveState").GetString());
            var href = r.GetProperty("archiveHref").GetString()!;
            var file = Path.GetFullPath(Path.Combine(site.SiteDir, Uri.UnescapeDataString(href)));
            Assert.StartsWith(root, file, StringComparison.Ordinal);
            Assert.StartsWith("archive/", href, StringComparison.Ordinal);
            Assert.Equal(r.GetProperty("sha256").GetString(), Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(file))));
            Assert.Equal(new FileInfo(file).Length, r.GetProperty("archiveBytes").GetInt64());
        });

        // Content-addressed: the same bytes read twice (mirrors, copies) are stored once.
        var copies = Directory.GetFiles(Path.Combine(site.SiteDir, "archive"), "*", SearchOption.AllDirectories);
        Assert.Equal(reports.Select(r => r.GetProperty("sha256").GetString()).Distinct().Count(), copies.Length);
        Assert.DoesNotContain(copies, f => f.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".htm", StringComparison.OrdinalIgnoreCase));

        // Every href/src the pages and data files carry, other than a report's published source, stays inside the site.
        var links = 0;
        foreach (var file in Directory.EnumerateFiles(site.SiteDir, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".css", StringComparison.Ordinal)))
        {
            foreach (Match m in Link().Matches(File.ReadAllText(file)))
            {
                var target = m.Groups["u"].Value.Split('?', '#')[0];
                if (target.Length == 0)
                {
                    continue;
                }

                links++;
                Assert.DoesNotContain("://", target, StringComparison.Ordinal);
                var resolved = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(file)!, Uri.UnescapeDataString(target)));
                Assert.True(resolved.StartsWith(root, StringComparison.Ordinal) && File.Exists(resolved), $"{Path.GetFileName(file)} links {target}, not a file inside the site");
            }
        }

        output.WriteLine($"{reports.Count} reports, {copies.Length} archived copies, {links} page links, all inside the site");
        Assert.True(links > 0);
    }

    [Fact]
    public async Task Build_OverTheCap_CopiesNothingLargerAndSaysSo()
    {
        var capped = Path.Combine(site.Root, "site-capped");
        await SiteBuilder.BuildAsync(site.DatasetDir, capped, CancellationToken.None, new SiteOptions { ArchiveMaxBytes = 4096 });

        var reports = ReportData(capped);
        var over = reports.Where(r => r.GetProperty("archiveState").GetString() == "too_large").ToList();
        var under = reports.Where(r => r.GetProperty("archiveState").GetString() == "copied").ToList();
        Assert.NotEmpty(over);
        Assert.NotEmpty(under);
        Assert.All(over, r =>
        {
            Assert.Equal(JsonValueKind.Null, r.GetProperty("archiveHref").ValueKind);
            Assert.True(r.GetProperty("archiveBytes").GetInt64() > 4096);
            Assert.Equal(4096, r.GetProperty("archiveMaxBytes").GetInt64());
        });
        Assert.All(Directory.GetFiles(Path.Combine(capped, "archive"), "*", SearchOption.AllDirectories), f => Assert.True(new FileInfo(f).Length <= 4096));
    }

    [BrowserFact]
    public async Task ReportPage_LinksItsCopyOrSaysWhyThereIsNone()
    {
        // A document read, then edited, then one moved away: the site built afterwards must not pass either off as the copy.
        var folder = Path.Combine(site.Root, "archive-cases");
        Directory.CreateDirectory(folder);
        var kept = Path.Combine(folder, "kept-2021.txt");
        var edited = Path.Combine(folder, "edited-2021.txt");
        var moved = Path.Combine(folder, "moved-2021.txt");
        foreach (var f in new[] { kept, edited, moved })
        {
            File.Copy(TestPaths.Fixture("text", "104_markdown-2021.txt"), f);
            File.AppendAllText(f, $"\n{Path.GetFileName(f)}\n");
        }

        var datasets = Path.Combine(site.Root, "archive-cases-out");
        using (var stderr = new StringWriter())
        {
            await ParseCommand.RunAsync(["--out", datasets, folder], Stream.Null, stderr, CancellationToken.None);
        }

        File.AppendAllText(edited, "edited after reading\n");
        File.Delete(moved);
        var siteDir = Path.Combine(datasets, "site-rebuilt");
        await SiteBuilder.BuildAsync(datasets, siteDir, CancellationToken.None, new SiteOptions { ArchiveMaxBytes = 1 << 20 });

        var states = ReportData(siteDir).ToDictionary(r => Path.GetFileName(r.GetProperty("sourceUri").GetString()!), r => r.GetProperty("archiveState").GetString());
        Assert.Equal("copied", states["kept-2021.txt"]);
        Assert.Equal("changed", states["edited-2021.txt"]);
        Assert.Equal("none", states["moved-2021.txt"]);

        var probe = await PageProbe.OpenAsync(site.Browser);
        var page = probe.Page;
        foreach (var r in ReportData(siteDir))
        {
            var name = Path.GetFileName(r.GetProperty("sourceUri").GetString()!);
            var key = Reading.DatasetLoader.FileKey(r.GetProperty("id").GetString()!);
            await page.GotoAsync(PageProbe.FileUrl(Path.Combine(siteDir, "report.html"), $"?id={key}"));
            await page.WaitForSelectorAsync("#archive");
            var text = await page.Locator("#archive").InnerTextAsync();
            output.WriteLine($"{name}: {text}");
            switch (states[name])
            {
                case "copied":
                    // Follow the link the page shows: it opens the copied bytes from inside the site folder.
                    var href = await page.Locator("#archive-link").EvaluateAsync<string>("a => a.href");
                    var file = new Uri(href).LocalPath;
                    Assert.StartsWith(Path.GetFullPath(siteDir) + Path.DirectorySeparatorChar, file, StringComparison.Ordinal);
                    Assert.Equal(File.ReadAllBytes(kept), File.ReadAllBytes(file));
                    var opened = await page.Context.NewPageAsync();
                    var response = await opened.GotoAsync(href);
                    Assert.NotNull(response);
                    // The bytes are opened as they are (text shown as text; the browser guesses a .txt file's encoding).
                    Assert.Contains("kept-2021.txt", await opened.InnerTextAsync("body"), StringComparison.Ordinal);
                    await opened.CloseAsync();
                    break;
                case "changed":
                    Assert.Contains("SHA-256", text, StringComparison.Ordinal);
                    Assert.Contains("changed", text, StringComparison.Ordinal);
                    Assert.Equal(0, await page.Locator("#archive-link").CountAsync());
                    break;
                default:
                    Assert.Contains("无存档副本", text, StringComparison.Ordinal);
                    Assert.Equal(0, await page.Locator("#archive-link").CountAsync());
                    break;
            }

            await probe.ScreenshotAsync($"archive-{states[name]}");
        }

        // The same report over the cap: no link, both sizes said.
        var capped = Path.Combine(datasets, "site-capped");
        await SiteBuilder.BuildAsync(datasets, capped, CancellationToken.None, new SiteOptions { ArchiveMaxBytes = 1024 });
        var keptData = ReportData(capped).Single(r => r.GetProperty("sourceUri").GetString()!.EndsWith("kept-2021.txt", StringComparison.Ordinal));
        await page.GotoAsync(PageProbe.FileUrl(Path.Combine(capped, "report.html"), $"?id={Reading.DatasetLoader.FileKey(keptData.GetProperty("id").GetString()!)}"));
        await page.WaitForSelectorAsync("#archive");
        var note = await page.Locator("#archive").InnerTextAsync();
        output.WriteLine($"kept-2021.txt over a 1 KiB cap: {note}");
        Assert.Contains("超过站点上限 1.0 KiB", note, StringComparison.Ordinal);
        Assert.Contains("5.4 KiB", note, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#archive-link").CountAsync());
        await probe.ScreenshotAsync("archive-too_large");

        Assert.Empty(probe.Errors);
        await probe.CloseAsync();
    }

    [Fact]
    public async Task Build_WithTheCrawlsRawArchive_CopiesTheEntryNamedBySha256()
    {
        // The crawl keeps bytes under raw/ab/cdef… without an extension; the site's copy gets one by format, and an HTML
        // page is kept as text so that its scripts never run inside the site.
        var folder = Path.Combine(site.Root, "raw-case");
        Directory.CreateDirectory(folder);
        var html = Path.Combine(folder, "page-2021.html");
        File.Copy(TestPaths.Fixture("html", "2021-arith-error.html"), html);
        var datasets = Path.Combine(site.Root, "raw-case-out");
        using (var stderr = new StringWriter())
        {
            await ParseCommand.RunAsync(["--out", datasets, folder], Stream.Null, stderr, CancellationToken.None);
        }

        var bytes = File.ReadAllBytes(html);
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var raw = Path.Combine(site.Root, "raw-case-state", "raw");
        Directory.CreateDirectory(Path.Combine(raw, sha[..2]));
        File.WriteAllBytes(Path.Combine(raw, sha[..2], sha[2..]), bytes);
        File.Delete(html);

        var siteDir = Path.Combine(datasets, "site-raw");
        await SiteBuilder.BuildAsync(datasets, siteDir, CancellationToken.None, new SiteOptions { RawArchiveFolder = raw });

        var r = Assert.Single(ReportData(siteDir));
        Assert.Equal("copied", r.GetProperty("archiveState").GetString());
        Assert.Equal($"archive/{sha[..2]}/{sha[2..]}.html.txt", r.GetProperty("archiveHref").GetString());
        Assert.Equal(bytes, File.ReadAllBytes(Path.Combine(siteDir, "archive", sha[..2], sha[2..] + ".html.txt")));
    }

    /// <summary>The JSON of every data/reports/*.js file.</summary>
    private static List<JsonElement> ReportData(string siteDir) =>
    [
        .. Directory.GetFiles(Path.Combine(siteDir, "data", "reports"), "*.js").Order(StringComparer.Ordinal).Select(file =>
        {
            var text = File.ReadAllText(file);
            return JsonDocument.Parse(text[(text.IndexOf("]=", StringComparison.Ordinal) + 2)..].TrimEnd().TrimEnd(';')).RootElement.Clone();
        }),
    ];

    [GeneratedRegex("""(?:href|src)\s*=\s*["'](?<u>[^"']*)["']""")]
    private static partial Regex Link();
}
