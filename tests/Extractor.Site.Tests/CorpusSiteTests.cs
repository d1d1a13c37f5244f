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

        var checks = new List<(string ReportId, string Rule, string Scope, string Outcome, string[] Cells, decimal? Actual)>();
        await foreach (var c in new DatasetFiles(datasets).ReadAsync("checks", CancellationToken.None))
        {
            checks.Add((c.Text("report_id")!, c.Text("rule")!, c.Text("scope")!, c.Text("outcome")!, (c.Text("cells") ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries), c.Decimal("actual")));
        }

        var documented = new List<(string File, string Rule, string Scope)>();
        var narrativeFiles = new HashSet<string>(StringComparer.Ordinal);
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
                else if (DocumentedNarrative().Match(text) is { Success: true } n && reports.TryGetValue(file, out var rid))
                {
                    // A narrative note names the number the prose states, not a scope: the finding is the NARR-NUM fail stating it.
                    var stated = decimal.Parse(n.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    var found = checks.FirstOrDefault(c => c.ReportId == rid && c.Rule == "NARR-NUM" && c.Outcome == "fail" && c.Actual == stated);
                    documented.Add((file, "NARR-NUM", found.Scope ?? $"(no fail stating {stated})"));
                    narrativeFiles.Add(file);
                }
            }
        }

        Assert.NotEmpty(documented);
        Assert.Equal(2, narrativeFiles.Count);

        // The MANIFEST's documented inconsistencies too (012: prose vs the pre-2019 table, 025: a rate vs its counts, 030: the
        // template), each written out as its finding in tests/Shared/DocumentedFindings.
        var quotes = DocumentedFindings.All.Where(static f => f.Quote is not null).ToDictionary(static f => (f.File, f.Rule, f.Scope), static f => f.Quote!);
        foreach (var f in DocumentedFindings.All.Where(f => !documented.Contains((f.File, f.Rule, f.Scope))))
        {
            documented.Add((f.File, f.Rule, f.Scope));
        }

        // No NARR-NUM fail in a document whose expectations document none: the policy raises no false alarm on real reports.
        foreach (var (file, id) in reports.Where(r => !narrativeFiles.Contains(r.Key)))
        {
            foreach (var c in checks.Where(c => c.ReportId == id && c.Rule == "NARR-NUM" && c.Outcome == "fail"))
            {
                output.WriteLine($"{file}: undocumented NARR-NUM {c.Scope}");
                Assert.Fail($"{file}: undocumented NARR-NUM fail {c.Scope}");
            }
        }

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

            if (rule.StartsWith("NARR-", StringComparison.Ordinal))
            {
                // The sentence is the other half of the evidence: the selected finding quotes it above the table cells
                // (NARR-RATE compares prose with prose: the sentence is all of it).
                var sentence = page.Locator("#selected-finding tr.sentence");
                var quoted = string.Concat((await sentence.CountAsync() == 1 ? await sentence.InnerTextAsync() : string.Empty).Where(ch => !char.IsWhiteSpace(ch)));
                output.WriteLine($"  sentence: {quoted}");
                var words = quotes.GetValueOrDefault((file, rule, scope)) ?? $"{check.Actual:0}件";
                var cellsShown = rule == "NARR-RATE" ? check.Cells.Length == 0 : check.Cells.Length > 0 && check.Cells.All(shown.Contains);
                if (!quoted.Contains(words, StringComparison.Ordinal) || !cellsShown)
                {
                    problems.Add($"{file}: {rule} {scope}: sentence「{words}」 or table cells not shown ({string.Join(", ", check.Cells)})");
                }
            }

            await probe.ScreenshotAsync($"corpus-{Path.GetFileNameWithoutExtension(file)}-{rule}-{scope.Replace('/', '_')}");
            output.WriteLine($"{file}: {rule} {scope}: {check.Cells.Count(shown.Contains)} of {check.Cells.Length} cells on the page, all highlighted");
        }

        Assert.Empty(problems);
        Assert.Empty(probe.Errors);
        await probe.CloseAsync();
    }

    // The rules the checker's own corpus test holds to the documented list (tests/Extractor.Core.Tests ReportCheckerCorpusTests).
    [GeneratedRegex(@"^(?<rule>T3-ID|T3-SUM|T3-COL|T4-SUM|NEG|STRUCT)(?: (?<scope>[a-z_]+))?:")]
    private static partial Regex Documented();

    // "NARR-NUM (warning): prose 全区收到政府信息公开申请75件 …" (the checker's ReportCheckerCorpusTests reads it the same way).
    [GeneratedRegex(@"^NARR-NUM\b[^:]*: prose \D*?(?<n>\d+)件")]
    private static partial Regex DocumentedNarrative();
}
