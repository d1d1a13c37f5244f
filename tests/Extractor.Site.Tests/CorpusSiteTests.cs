using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Site.Reading;
using Extractor.Site.Tests.Browser;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Site.Tests;

/// <summary>
/// `parse --out` over the real corpus (../shared/corpus): every inconsistency its verified expectations document is a
/// finding, and that finding's report page highlights exactly the cells of the check. Skips where the corpus is absent.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed partial class CorpusSiteTests(SiteFixture site, ITestOutputHelper output)
{
    [BrowserFact]
    public async Task Corpus_EveryDocumentedInconsistency_IsAFindingWhoseReportPageHighlightsItsCells()
    {
        if (TestPaths.Shared is not { } shared)
        {
            output.WriteLine("skipped: ../shared/corpus not present (set EXTRACTOR_SHARED)");
            return;
        }

        var datasets = Path.Combine(site.Root, "corpus");
        using (var stderr = new StringWriter())
        {
            await ParseCommand.RunAsync(["--out", datasets, Path.Combine(shared, "corpus")], Stream.Null, stderr, CancellationToken.None);
        }

        var siteDir = Path.Combine(datasets, "site");
        var reports = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var r in new DatasetFiles(datasets).ReadAsync("reports", CancellationToken.None))
        {
            reports[Path.GetFileName(r.Text("source_uri")!)] = r.Text("report_id")!;
        }

        var checks = new List<(string ReportId, string Rule, string Scope, string Outcome, string[] Cells)>();
        await foreach (var c in new DatasetFiles(datasets).ReadAsync("checks", CancellationToken.None))
        {
            checks.Add((c.Text("report_id")!, c.Text("rule")!, c.Text("scope")!, c.Text("outcome")!, (c.Text("cells") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries)));
        }

        var documented = new List<(string File, string Rule, string Scope)>();
        foreach (var path in Directory.EnumerateFiles(Path.Combine(shared, "corpus", "expected"), "*.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var file = json.RootElement.GetProperty("file").GetString()!;
            foreach (var text in json.RootElement.GetProperty("inconsistencies").EnumerateArray().Select(e => e.GetString()!))
            {
                if (Documented().Match(text) is { Success: true } m)
                {
                    documented.Add((file, m.Groups["rule"].Value, m.Groups["scope"].Success ? m.Groups["scope"].Value : "report"));
                }
            }
        }

        Assert.NotEmpty(documented);
        var probe = await PageProbe.OpenAsync(site.Browser);
        var page = probe.Page;
        var problems = new List<string>();
        foreach (var (file, rule, scope) in documented)
        {
            if (!reports.TryGetValue(file, out var id))
            {
                problems.Add($"{file}: not in the dataset");
                continue;
            }

            var check = checks.FirstOrDefault(c => c.ReportId == id && c.Rule == rule && c.Scope == scope && c.Outcome == "fail");
            if (check.Rule is null)
            {
                problems.Add($"{file}: documented {rule} {scope} is not a finding");
                continue;
            }

            var key = DatasetLoader.FileKey(id);
            await page.GotoAsync(PageProbe.FileUrl(Path.Combine(siteDir, "report.html"), $"?id={key}&rule={Uri.EscapeDataString(rule)}&scope={Uri.EscapeDataString(scope)}"));
            await page.WaitForSelectorAsync("#checks");
            if (await page.Locator("#selected-finding").CountAsync() != 1)
            {
                problems.Add($"{file}: {rule} {scope} not shown as the selected finding");
            }

            var highlighted = (await page.Locator("td.cell.fail").EvaluateAllAsync<string[]>("tds => tds.map(t => t.dataset.ref)")).ToHashSet(StringComparer.Ordinal);
            var shown = (await page.Locator("td.cell").EvaluateAllAsync<string[]>("tds => tds.map(t => t.dataset.ref)")).ToHashSet(StringComparer.Ordinal);
            foreach (var cell in check.Cells.Where(shown.Contains).Where(c => !highlighted.Contains(c)))
            {
                problems.Add($"{file}: {rule} {scope}: cell {cell} not highlighted");
            }

            await probe.ScreenshotAsync($"corpus-{Path.GetFileNameWithoutExtension(file)}-{rule}-{scope}");
            output.WriteLine($"{file}: {rule} {scope}: {check.Cells.Count(shown.Contains)} of {check.Cells.Length} cells on the page, all highlighted");
        }

        Assert.Empty(problems);
        Assert.Empty(probe.Errors);
        await probe.CloseAsync();
    }

    // The rules the checker's own corpus test holds to the documented list (tests/Extractor.Core.Tests ReportCheckerCorpusTests).
    [GeneratedRegex(@"^(?<rule>T3-ID|T3-SUM|T3-COL|T4-SUM|NEG|STRUCT)(?: (?<scope>[a-z_]+))?:")]
    private static partial Regex Documented();
}
