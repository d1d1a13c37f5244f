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

    [Fact]
    public void Check_CorpusNarrative_NoFalseAlarm()
    {
        var expected = ExpectedFiles();
        if (expected is null)
        {
            output.WriteLine("skipped: ../shared/corpus/expected not found");
            return;
        }

        var judged = new List<CheckResult>();
        foreach (var path in expected)
        {
            var text = Path.ChangeExtension(Path.Combine(Path.GetDirectoryName(path)!, "..", Path.GetFileName(path)), ".txt");
            if (!File.Exists(text))
            {
                continue;
            }

            using var json = JsonDocument.Parse(File.ReadAllText(path));

            // The whole text stands in for the narrative: table rows carry no 件, so they state nothing.
            var report = ToReport(json.RootElement, Path.GetFileName(path), File.ReadAllText(text));
            var narrative = ReportChecker.Check(report).Where(r => r.Rule == "NARR-NUM").ToList();
            foreach (var r in narrative)
            {
                output.WriteLine($"{Path.GetFileName(text)} {r.Scope} {r.Outcome}: {r.Message}");
            }

            judged.AddRange(narrative);
        }

        Assert.NotEmpty(judged);
        Assert.DoesNotContain(judged, r => r.Outcome == CheckOutcome.Fail);
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
}
