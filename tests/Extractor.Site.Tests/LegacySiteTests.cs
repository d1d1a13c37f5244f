using System.Globalization;
using System.Text.Json;
using Extractor.Site.Reading;
using Extractor.Site.Tests.Browser;

namespace Extractor.Site.Tests;

/// <summary>
/// The pre-2019 `legacy_indicators` on the agency page: the invented 示例县交通运输局 of fixtures/legacy (2015 as HTML
/// and PDF, 2016 and 2017 as glued dumps) charted as the years before 2019 and listed per year, missing never as 0.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class LegacySiteTests(SiteFixture site)
{
    private const string LegacyFixture = "legacy-2016-glued.txt";

    [Fact]
    public async Task AgencyData_HoldsEveryLegacyRowOfTheDataset_AndChartsItsReceivedReviewsAndLawsuits()
    {
        var agency = AgencyDataOf(site.SiteDir, site.ReportKeyOf(LegacyFixture));
        var reports = agency.GetProperty("reports").EnumerateArray().ToDictionary(r => r[1].GetString()!, StringComparer.Ordinal);
        var shown = agency.GetProperty("legacy").EnumerateArray()
            .ToDictionary(r => (r[0].GetString()!, r[2].GetInt32()), r => r);

        // The dataset's rows of this agency's reports, as a watchdog would read them.
        var expected = new List<TableRow>();
        await foreach (var row in new DatasetFiles(site.DatasetDir).ReadAsync("legacy_indicators", CancellationToken.None))
        {
            if (reports.ContainsKey(DatasetLoader.FileKey(row.Text("report_id")!)))
            {
                expected.Add(row);
            }
        }

        Assert.NotEmpty(expected);
        Assert.Equal(expected.Count, shown.Count);
        Assert.True(reports.Values.Select(r => r[2].GetInt32()).Distinct().Count() >= 3, "the legacy agency should span several years");
        Assert.Contains(expected, r => r.Text("this_year_kind") == "missing" || r.Text("cumulative_kind") == "missing");
        Assert.All(expected, row =>
        {
            var key = DatasetLoader.FileKey(row.Text("report_id")!);
            var s = shown[(key, row.Int("position")!.Value)];
            Assert.Equal(row.Text("indicator"), s[3].GetString());
            AssertValue(row, "this_year", s[6], s[7]);
            AssertValue(row, "cumulative", s[8], s[9]);
        });

        // The chart points of a legacy year are its table's 本年度 of the three quantities, null unless a number.
        foreach (var (key, report) in reports)
        {
            var q = report[9];
            Assert.Equal(ThisYear(expected, key, "applications_received"), Number(q.GetProperty("received")));
            Assert.Equal(ThisYear(expected, key, "reviews"), Number(q.GetProperty("reviews")));
            Assert.Equal(ThisYear(expected, key, "lawsuits"), Number(q.GetProperty("lawsuits")));
        }

        Assert.Contains(reports.Values, r => Number(r[9].GetProperty("received")) is not null);
    }

    [Fact]
    public async Task Build_FromADatasetWithoutLegacyIndicators_StillWritesTheAgencyPage()
    {
        // Datasets written before legacy_indicators existed have neither file.
        var older = Path.Combine(site.Root, "older-dataset");
        Directory.CreateDirectory(older);
        foreach (var file in Directory.EnumerateFiles(site.DatasetDir).Where(f => !Path.GetFileName(f).StartsWith("legacy_indicators.", StringComparison.Ordinal)))
        {
            File.Copy(file, Path.Combine(older, Path.GetFileName(file)));
        }

        var siteDir = Path.Combine(site.Root, "site-from-older");
        Assert.True(await SiteBuilder.BuildAsync(older, siteDir, CancellationToken.None) > 0);
        var agency = AgencyDataOf(siteDir, site.ReportKeyOf(LegacyFixture));
        Assert.Empty(agency.GetProperty("legacy").EnumerateArray());
        Assert.All(agency.GetProperty("reports").EnumerateArray(), r => Assert.Equal(JsonValueKind.Null, r[9].GetProperty("received").ValueKind));
    }

    [BrowserFact]
    public async Task AgencyPage_ShowsTheLegacyTable_WithMissingAsMissing_AndChartsTheLegacyYears()
    {
        var key = site.ReportKeyOf(LegacyFixture);
        var agency = AgencyDataOf(site.SiteDir, key);
        var probe = await PageProbe.OpenAsync(site.Browser);
        var page = probe.Page;
        await page.GotoAsync(PageProbe.FileUrl(Path.Combine(site.SiteDir, "agency.html"), "?a=" + agency.GetProperty("key").GetString()));
        await page.WaitForSelectorAsync("#legacy-indicators");

        Assert.Equal(agency.GetProperty("legacy").GetArrayLength(), await page.Locator("#legacy-indicators tbody tr").CountAsync());
        var missing = page.Locator("#legacy-indicators td[data-kind=missing]");
        Assert.True(await missing.CountAsync() > 0, "the fixtures hold a value that could not be read");
        foreach (var text in await missing.AllInnerTextsAsync())
        {
            Assert.Contains("缺失", text, StringComparison.Ordinal);
        }

        // The received chart's data table (folded under the chart) has a row per legacy year with a figure.
        Assert.Equal(3, await page.Locator("figure .chart").CountAsync());
        var received = await page.Locator("figure").First.Locator("tbody tr").AllTextContentsAsync();
        foreach (var r in agency.GetProperty("reports").EnumerateArray().Where(r => Number(r[9].GetProperty("received")) is not null))
        {
            // Columns year | received | processed (none in a legacy table, shown as —).
            var year = r[2].GetInt32().ToString(CultureInfo.InvariantCulture);
            var figure = Number(r[9].GetProperty("received"))!.Value.ToString("#,0.########", CultureInfo.InvariantCulture);
            Assert.Contains(year + figure + "—", received);
        }

        await probe.ScreenshotAsync("agency-legacy");
        Assert.Empty(probe.Errors);
        await probe.CloseAsync();
    }

    /// <summary>The agency data file (data/agencies/KEY.js) that lists the report with <paramref name="reportKey"/>.</summary>
    private static JsonElement AgencyDataOf(string siteDir, string reportKey)
    {
        var files = Directory.GetFiles(Path.Combine(siteDir, "data", "agencies"), "*.js");
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            var json = text[(text.IndexOf("]=", StringComparison.Ordinal) + 2)..].TrimEnd().TrimEnd(';');
            var root = JsonDocument.Parse(json).RootElement;
            if (root.GetProperty("reports").EnumerateArray().Any(r => r[1].GetString() == reportKey))
            {
                return root;
            }
        }

        throw new InvalidOperationException($"no agency lists report {reportKey}");
    }

    private static void AssertValue(TableRow row, string column, JsonElement value, JsonElement kind)
    {
        Assert.Equal(row.Text(column + "_kind"), kind.GetString());
        Assert.Equal(row.Text(column + "_kind") == "number" ? row.Decimal(column) : null, Number(value));
    }

    private static decimal? ThisYear(List<TableRow> rows, string reportKey, string indicator) =>
        rows.FirstOrDefault(r => DatasetLoader.FileKey(r.Text("report_id")!) == reportKey && r.Text("indicator") == indicator) is { } r
            && r.Text("this_year_kind") == "number" ? r.Decimal("this_year") : null;

    private static decimal? Number(JsonElement e) => e.ValueKind == JsonValueKind.Number ? e.GetDecimal() : null;
}
