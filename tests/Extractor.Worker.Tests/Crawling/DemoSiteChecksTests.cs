using CsvHelper;
using Extractor.Worker.Tests.Mocks;

namespace Extractor.Worker.Tests.Crawling;

/// <summary>
/// The demo site's reports chain across years with one deliberate slip (fixtures/site/README.md): a crawl must publish
/// exactly that slip as failing checks, and must really have compared every other year rather than skipped it.
/// </summary>
public sealed class DemoSiteChecksTests
{
    [Fact]
    public async Task RunPassAsync_DemoSite_OnlyTheDeliberate2023CarryOverMismatchFails()
    {
        var site = new StaticSite(TestPipeline.DemoSite);
        await using var server = new TestSiteServer(site.HandleAsync);
        using var pipeline = new TestPipeline(server.BaseUri + "index.html");

        var outcome = await pipeline.RunPassAsync();

        Assert.True(outcome.Completed);
        var checks = PublishedChecks(Path.Combine(pipeline.Folder, "out"), server.BaseUri);
        var failures = checks
            .Where(c => c.Outcome == "fail")
            .Select(c => $"{c.Report} {c.Rule} {c.Scope}: expected {c.Expected}, actual {c.Actual}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "reports/t2024_0122.html X-CARRY natural_person: expected 0, actual 1",
                "reports/t2024_0122.html X-CARRY total: expected 7, actual 8",
            ],
            failures);
    }

    [Fact]
    public async Task RunPassAsync_DemoSite_EveryYearIsComparedWithTheYearBefore()
    {
        var site = new StaticSite(TestPipeline.DemoSite);
        await using var server = new TestSiteServer(site.HandleAsync);
        using var pipeline = new TestPipeline(server.BaseUri + "index.html");

        await pipeline.RunPassAsync();

        // Passing cross-report results per report and rule: 7 columns of X-CARRY (5 for 2023, whose other 2 fail) and the
        // 2 rows of X-IN-FORCE, which needs table 二 in the 2021 format on both sides (so none for 2021 against 2020).
        var checks = PublishedChecks(Path.Combine(pipeline.Folder, "out"), server.BaseUri);
        var passed = checks
            .Where(c => c.Outcome == "pass" && c.Rule.StartsWith("X-", StringComparison.Ordinal))
            .GroupBy(c => $"{c.Report} {c.Rule}")
            .Select(g => $"{g.Key} {g.Count()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(
            [
                "reports/t2022_0125.html X-CARRY 7",
                "reports/t2023_0128.html X-CARRY 7",
                "reports/t2023_0128.html X-IN-FORCE 2",
                "reports/t2024_0122.html X-CARRY 5",
                "reports/t2024_0122.html X-IN-FORCE 2",
            ],
            passed);
    }

    /// <summary>The published checks.csv, each row named by its report's path on the site (from reports.csv).</summary>
    private static List<PublishedCheck> PublishedChecks(string output, Uri site)
    {
        var paths = ReadCsv(Path.Combine(output, "reports.csv"))
            .ToDictionary(r => r["report_id"], r => site.MakeRelativeUri(new Uri(r["source_uri"])).ToString());
        return
        [
            .. ReadCsv(Path.Combine(output, "checks.csv")).Select(r => new PublishedCheck(
                paths[r["report_id"]], r["rule"], r["scope"], r["outcome"], r["expected"], r["actual"])),
        ];
    }

    private static List<Dictionary<string, string>> ReadCsv(string path)
    {
        using var csv = CsvReader.FromFile(path);
        var header = csv.Headers;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetString(h), StringComparer.Ordinal));
        }

        return rows;
    }

    private sealed record PublishedCheck(string Report, string Rule, string Scope, string Outcome, string Expected, string Actual);
}
