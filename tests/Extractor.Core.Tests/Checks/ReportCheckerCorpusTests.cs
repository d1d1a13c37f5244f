using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Extractor.Core.Checks;
using Extractor.Core.Records;
using Extractor.Core.Templates;
using Extractor.Testing;
using Xunit.Abstractions;

namespace Extractor.Core.Tests.Checks;

/// <summary>The checker over the cells of the real corpus as verified by eye (../shared/corpus/expected).</summary>
public partial class ReportCheckerCorpusTests(ITestOutputHelper output)
{
    private static readonly string[] s_arithmetic = ["T3-ID", "T3-SUM", "T3-COL", "T4-SUM", "NEG"];

    [Fact]
    public void Check_CorpusExpectations_FailsExactlyTheDocumentedInconsistencies()
    {
        var expected = ExpectedFiles();
        if (expected is null)
        {
            output.WriteLine("skipped: ../shared/corpus/expected not found");
            return;
        }

        var problems = new List<string>();
        var failsSeen = 0;
        foreach (var path in expected)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var report = ToReport(json.RootElement, Path.GetFileName(path), narrative: null);
            var results = ReportChecker.Check(report);

            var documented = json.RootElement.GetProperty("inconsistencies").EnumerateArray()
                .Select(e => Documented().Match(e.GetString()!))
                .Where(m => m.Success)
                .Select(m => $"{m.Groups["rule"].Value} {(m.Groups["scope"].Success ? m.Groups["scope"].Value : "report")}")
                .ToHashSet(StringComparer.Ordinal);
            var failed = results.Where(r => r.Outcome == CheckOutcome.Fail).Select(r => $"{r.Rule} {r.Scope}").ToHashSet(StringComparer.Ordinal);
            failsSeen += failed.Count;

            foreach (var d in documented.Where(d => !failed.Contains(d)))
            {
                problems.Add($"{Path.GetFileName(path)}: documented {d} not flagged");
            }

            // The arithmetic rules must fail exactly where the document is inconsistent, and nowhere else.
            foreach (var f in failed.Where(f => s_arithmetic.Contains(f.Split(' ')[0]) && !documented.Contains(f)))
            {
                problems.Add($"{Path.GetFileName(path)}: unexpected {f}: {results.First(r => $"{r.Rule} {r.Scope}" == f).Message}");
            }

            output.WriteLine($"{Path.GetFileName(path)}: {results.Count} results, {failed.Count} fail ({string.Join(", ", failed.Order(StringComparer.Ordinal))}), "
                + $"{results.Count(r => r.Outcome == CheckOutcome.NotAssessable)} not assessable");
        }

        Assert.Empty(problems);
        Assert.True(failsSeen > 0, "the corpus documents inconsistencies; none was flagged");
    }

    /// <summary>
    /// NARR-NUM over the text documents of the corpus: it fails exactly where the expectations document a narrative number
    /// the table contradicts (007: 收到…75件 vs 本年新收 74; 014: 受理…749件 vs 713), and nowhere else. A documented
    /// statement may carry its applicant split (007 自然人72 vs 71, 014 自然人741 vs 705): those fail for the same cause,
    /// so every fail of a documented file must be that cause (its number equals new + carried, which the words do not name).
    /// </summary>
    [Fact]
    public void Check_CorpusNarrative_FailsExactlyTheDocumentedStatements()
    {
        var expected = ExpectedFiles();
        if (expected is null)
        {
            output.WriteLine("skipped: ../shared/corpus/expected not found");
            return;
        }

        var judged = new List<CheckResult>();
        var problems = new List<string>();
        var documentedSeen = 0;
        foreach (var path in expected)
        {
            var stem = Path.Combine(Path.GetDirectoryName(path)!, "..", Path.GetFileNameWithoutExtension(path));
            var text = new[] { ".txt", ".md" }.Select(e => stem + e).FirstOrDefault(File.Exists);
            if (text is null)
            {
                continue;
            }

            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var documented = json.RootElement.GetProperty("inconsistencies").EnumerateArray()
                .Select(e => DocumentedNarrative().Match(e.GetString()!))
                .Where(m => m.Success)
                .Select(m => decimal.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture))
                .ToList();
            documentedSeen += documented.Count;

            // The whole text stands in for the narrative: table rows carry no 件, so they state nothing.
            var report = ToReport(json.RootElement, Path.GetFileName(path), File.ReadAllText(text));
            var narrative = ReportChecker.Check(report).Where(r => r.Rule == "NARR-NUM").ToList();
            foreach (var r in narrative)
            {
                output.WriteLine($"{Path.GetFileName(text)} {r.Scope} {r.Outcome}: {r.Message}");
            }

            var fails = narrative.Where(r => r.Outcome == CheckOutcome.Fail).ToList();
            foreach (var n in documented.Where(n => !fails.Any(f => f.Actual == n)))
            {
                problems.Add($"{Path.GetFileName(text)}: documented narrative {n} not flagged");
            }

            foreach (var f in fails.Where(f => documented.Count == 0 || !f.Message.Contains("但叙述未写明含结转的申请", StringComparison.Ordinal)))
            {
                problems.Add($"{Path.GetFileName(text)}: undocumented {f.Scope}: {f.Message}");
            }

            judged.AddRange(narrative);
        }

        Assert.Empty(problems);
        Assert.Equal(2, documentedSeen);
        Assert.NotEmpty(judged);
        Assert.Contains(judged, r => r.Outcome == CheckOutcome.Pass);
    }

    private static string[]? ExpectedFiles()
    {
        var dir = TestPaths.Shared is { } shared ? Path.Combine(shared, "corpus", "expected") : null;
        return dir is not null && Directory.Exists(dir)
            ? Directory.GetFiles(dir, "*.json").Order(StringComparer.Ordinal).ToArray()
            : null;
    }

    /// <summary>A mapped report from an expected file: verified cells as found, unsure and absent cells as cells the document lacks.</summary>
    private static ReportResult ToReport(JsonElement root, string name, string? narrative)
    {
        var template = root.GetProperty("template").GetString()!;
        var cells = root.GetProperty("cells");
        var unsure = root.GetProperty("unsure").EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal);
        var keys = TemplateCatalog.Get(template)!.Cells().Select(c => $"{c.Table.Key}/{c.Row.Key}/{c.Column.Key}").ToList();
        keys.AddRange(cells.EnumerateObject().Select(p => p.Name).Where(k => !keys.Contains(k)));

        var records = keys.Select(key =>
        {
            var parts = key.Split('/');
            if (unsure.Contains(key) || !cells.TryGetProperty(key, out var cell))
            {
                return ReportBuilder.Parse(parts[0], parts[1], parts[2], "?");
            }

            var token = cell.GetProperty("kind").GetString() switch
            {
                "number" => cell.GetProperty("value").GetDecimal().ToString(CultureInfo.InvariantCulture),
                "blank" => "_",
                "na" => "/",
                _ => "见附件",
            };
            return ReportBuilder.Parse(parts[0], parts[1], parts[2], token);
        }).ToList();

        var agency = root.GetProperty("agency").GetString();
        return new ReportResult
        {
            Source = new ReportSource(name, new string('0', 64), "text"),
            Status = ReportStatus.Parsed,
            Agency = agency,
            AgencySimplified = agency,
            Year = root.GetProperty("year").GetInt32(),
            Template = template,
            Sections = new ReportSections(narrative ?? "…", null, null, null, "…", "…"),
            Cells = records,
        };
    }

    [GeneratedRegex(@"^(?<rule>T3-ID|T3-SUM|T3-COL|T4-SUM|NEG|STRUCT)(?: (?<scope>[a-z_]+))?:")]
    private static partial Regex Documented();

    // "NARR-NUM (warning): prose 全区收到政府信息公开申请75件 …": the number the prose states.
    [GeneratedRegex(@"^NARR-NUM\b[^:]*: prose \D*?(?<n>\d+)件")]
    private static partial Regex DocumentedNarrative();
}
