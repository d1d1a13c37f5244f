using System.Globalization;
using Extractor.Site.Reading;
using Extractor.Site.Tests.Browser;
using Microsoft.Playwright;
using Xunit.Abstractions;

namespace Extractor.Site.Tests;

/// <summary>The generated site of the fixture datasets, opened from file:// in Chromium, as a watchdog would use it.</summary>
[Collection(SiteCollection.Name)]
public sealed class SiteBrowserTests(SiteFixture site, ITestOutputHelper output)
{
    private const string ArithFixture = "2021-arith-error.html";

    [BrowserFact]
    public async Task Findings_FilteredByRule_LeadToTheReportWhoseFailingCellShowsRawTextAndLocation()
    {
        var probe = await PageProbe.OpenAsync(site.Browser);
        var page = probe.Page;
        await page.GotoAsync(PageProbe.FileUrl(Path.Combine(site.SiteDir, "findings.html")));
        await page.WaitForSelectorAsync("#findings");

        await page.SelectOptionAsync("#f-rule", "T3-ID");
        var rules = await page.Locator("#findings tbody tr").EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.rule)");
        Assert.NotEmpty(rules);
        Assert.All(rules, r => Assert.Equal("T3-ID", r));
        Assert.Contains("rule=T3-ID", page.Url, StringComparison.Ordinal);
        await probe.ScreenshotAsync("findings-filtered-T3-ID");

        // The arithmetic-error fixture states 新收 13 + 结转 0 but 办理 12 + 结转 0 in its total column.
        var key = site.ReportKeyOf(ArithFixture);
        var link = page.Locator($"#findings a.to-report[href*='id={key}&rule=T3-ID&scope=total']");
        Assert.Equal(1, await link.CountAsync());
        // Waits for the report page's document to be committed, not for its load event (which never came in two CI runs
        // under load, after the page's own navigation had already been seen); the selector below is what the test needs.
        await link.ClickAsync();
        await page.WaitForURLAsync("**/report.html?**", new() { WaitUntil = WaitUntilState.Commit });
        await page.WaitForSelectorAsync("#table-applications");

        var cell = page.Locator("#cell-applications-new_received-total");
        Assert.Contains("fail", await cell.GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains("T3-ID", await cell.Locator(".rules").InnerTextAsync(), StringComparison.Ordinal);
        foreach (var other in new[] { "carried_over", "total_processed", "carried_forward" })
        {
            Assert.Contains("fail", await page.Locator($"#cell-applications-{other}-total").GetAttributeAsync("class") ?? string.Empty, StringComparison.Ordinal);
        }

        // The selected finding lists its cells with raw text and location; focusing a cell shows the same in the tip.
        var evidence = await page.Locator("#selected-finding").InnerTextAsync();
        Assert.Contains("applications/new_received/total", evidence, StringComparison.Ordinal);
        Assert.Contains("table 2, row 4, col 10", evidence, StringComparison.Ordinal);

        await cell.FocusAsync();
        var tip = page.Locator("#tip");
        await tip.WaitForAsync(new() { State = WaitForSelectorState.Visible });
        Assert.Equal("13", await page.Locator("#tip-raw").InnerTextAsync());
        Assert.Equal("table 2, row 4, col 10", await page.Locator("#tip-at").InnerTextAsync());
        Assert.Contains("T3-ID", await tip.InnerTextAsync(), StringComparison.Ordinal);
        await probe.ScreenshotAsync("report-arith-error-focused-cell");
        await probe.ScreenshotAsync("report-arith-error-focused-cell-viewport", fullPage: false);

        Assert.Empty(probe.Errors);
        await probe.CloseAsync();
    }

    [BrowserFact]
    public async Task Overview_ShowsTheDatasetsTotals_WithChartsAndTheirDataTables()
    {
        var reports = await CountAsync("reports", _ => true);
        var errorFails = await CountAsync("checks", r => r.Text("outcome") == "fail" && r.Text("severity") == "error");
        var probe = await PageProbe.OpenAsync(site.Browser);
        var page = probe.Page;
        await page.GotoAsync(PageProbe.FileUrl(Path.Combine(site.SiteDir, "index.html")));
        await page.WaitForSelectorAsync("h1");

        var stats = await page.Locator(".stat .num").AllInnerTextsAsync();
        Assert.Equal(reports.ToString("N0", CultureInfo.InvariantCulture), stats[0]);
        Assert.Equal(errorFails.ToString("N0", CultureInfo.InvariantCulture), stats[2]);
        Assert.Equal(2, await page.Locator(".chart canvas").CountAsync() > 0 ? await page.Locator("figure .chart").CountAsync() : -1);
        Assert.Equal(2, await page.Locator("details.behind table").CountAsync());
        await probe.ScreenshotAsync("overview");
        Assert.Empty(probe.Errors);
        await probe.CloseAsync();
    }

    [BrowserFact]
    public async Task AgencyPage_ShowsTheCrossYearCheckBetweenTheTwoYearsItLinks()
    {
        // The demo site's agency reports 2022 and 2023; its 2023 上年结转 differs from 2022's 结转下年度 (X-CARRY).
        var key = site.ReportKeyOf("t2024_0122.html");
        var probe = await PageProbe.OpenAsync(site.Browser);
        var page = probe.Page;
        await page.GotoAsync(PageProbe.FileUrl(Path.Combine(site.SiteDir, "report.html"), "?id=" + key));
        await page.WaitForSelectorAsync("#table-applications");
        await probe.ScreenshotAsync("report-demo-2023");
        await page.Locator("main p.muted a").First.ClickAsync();
        await page.WaitForSelectorAsync("#timeline");

        var link = page.Locator("#timeline .link.has-fail");
        Assert.Equal(1, await link.CountAsync());
        Assert.Equal("2022", await link.GetAttributeAsync("data-from"));
        Assert.Equal("2023", await link.GetAttributeAsync("data-to"));
        Assert.Contains("X-CARRY", await link.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(3, await page.Locator("figure .chart").CountAsync());
        Assert.True(await page.Locator("figure .chart canvas").CountAsync() >= 3, "ECharts drew no canvas");
        await probe.ScreenshotAsync("agency");
        Assert.Empty(probe.Errors);
        await probe.CloseAsync();
    }

    [BrowserFact]
    public async Task EveryReportPage_OpensWithoutConsoleErrors_AndShowsEveryCellOfItsTemplate()
    {
        var probe = await PageProbe.OpenAsync(site.Browser);
        var page = probe.Page;
        var checkedPages = 0;
        foreach (var file in Directory.EnumerateFiles(Path.Combine(site.SiteDir, "data", "reports")).Order(StringComparer.Ordinal))
        {
            var key = Path.GetFileNameWithoutExtension(file);
            await page.GotoAsync(PageProbe.FileUrl(Path.Combine(site.SiteDir, "report.html"), "?id=" + key));
            await page.WaitForSelectorAsync("#checks");
            var cells = await CountAsync("cells", r => r.Text("report_id") == key);
            var shown = await page.Locator("table.tpl:not(#table-legacy) td.cell[data-ref]").CountAsync();
            Assert.True(shown >= Math.Min(cells, 1) && shown <= cells, $"{key}: {shown} cells shown, dataset has {cells}");

            // A pre-2019 report shows its statistics table: both values of every row of its legacy_indicators.
            var legacy = await CountAsync("legacy_indicators", r => r.Text("report_id") == key);
            Assert.Equal(2 * legacy, await page.Locator("#table-legacy td.cell[data-ref]").CountAsync());

            // Laid out as printed: with the merged label cells, every row of table 三 still ends at the same right edge.
            var edges = await page.EvaluateAsync<double[]>(
                "() => Array.from(document.querySelectorAll('#table-applications tbody tr')).map(tr => tr.lastElementChild.getBoundingClientRect().right)");
            Assert.True(edges.Length == 0 || edges.Max() - edges.Min() < 1, $"{key}: table 三 rows end at {string.Join(", ", edges.Distinct())}");
            checkedPages++;
        }

        output.WriteLine($"{checkedPages} report pages opened");
        Assert.True(checkedPages > 10);
        Assert.Empty(probe.Errors);
        await probe.CloseAsync();
    }

    private async Task<int> CountAsync(string stem, Func<TableRow, bool> where)
    {
        var n = 0;
        await foreach (var row in new DatasetFiles(site.DatasetDir).ReadAsync(stem, CancellationToken.None))
        {
            n += where(row) ? 1 : 0;
        }

        return n;
    }
}
