using System.Text.Json;
using System.Text.RegularExpressions;

namespace Extractor.Testing;

/// <summary>
/// Every inconsistency the corpus documents, in the MANIFEST.tsv notes (INCONSISTENT, contradicts, MISMATCH, ≠ …) and
/// in expected/*.json `inconsistencies`, each written out by reading the document as the finding that reports it.
/// <see cref="DocumentedFiles"/> reads the documentation itself, so a newly documented file without a finding here is caught.
/// </summary>
internal static partial class DocumentedFindings
{
    public static IReadOnlyList<DocumentedFinding> All { get; } =
    [
        // 001: section 四 复议 维持10 纠正1 but 总计0; 复议后起诉 维持5 but 总计0; the 2019 single （六） row in a 2023 report.
        new("001_huaian-hongze-district-gov-2023.pdf", "T4-SUM", "review", ["appeals/review/total", "appeals/review/upheld", "appeals/review/corrected"]),
        new("001_huaian-hongze-district-gov-2023.pdf", "T4-SUM", "litigation_after_review", ["appeals/litigation_after_review/total", "appeals/litigation_after_review/upheld"]),
        new("001_huaian-hongze-district-gov-2023.pdf", "STRUCT", "report", []),

        // 006: 自然人 results add up to 26, 总计 says 20 (and the total column 27 against 21).
        new("006_pingtan-2020-flat.txt", "T3-SUM", "natural_person", ["applications/total_processed/natural_person"]),
        new("006_pingtan-2020-flat.txt", "T3-SUM", "total", ["applications/total_processed/total"]),

        // 007, 014: the prose counts the carried-over applications as received (75 vs 74, 749 vs 713), and so its 自然人 split.
        new("007_pingtan-2022-flat.txt", "NARR-NUM", "sections/overall/received", ["applications/new_received/total"], "75件"),
        new("007_pingtan-2022-flat.txt", "NARR-NUM", "sections/overall/received.natural_person", ["applications/new_received/natural_person"], "72件"),
        new("014_shuyang-county-gov-2025-md.txt", "NARR-NUM", "sections/overall/received", ["applications/new_received/total"], "749件"),
        new("014_shuyang-county-gov-2025-md.txt", "NARR-NUM", "sections/overall/received.natural_person", ["applications/new_received/natural_person"], "741件"),

        // 012: prose 网上3, 信函4; the statistics table 电子邮件3, 网上4, 信函0.
        new("012_pingtan-county-2013-pre2019-flat.txt", "NARR-LEG", "sections/applications/applications_online", ["legacy_indicators/applications_online/this_year"], "网上申请数3条"),
        new("012_pingtan-county-2013-pre2019-flat.txt", "NARR-LEG", "sections/applications/applications_letter", ["legacy_indicators/applications_letter/this_year"], "信函申请数4条"),

        // 025: 受理审批事项117件，办结171件，办结率100%.
        new("025_pingtan-local-tax-bureau-2013-pre2019-flat.txt", "NARR-RATE", "sections/other/completion_rate", [], "办结171件，办结率100%"),

        // 030: a 2023 report in the 2019 format.
        new("030_county-bureau-2023-old-template-partial-pipes.txt", "TEMPLATE-YEAR", "report", []),
    ];

    /// <summary>The files the corpus documents as inconsistent, with where it says so; null when the corpus is absent.</summary>
    public static IReadOnlyDictionary<string, string>? DocumentedFiles(string? shared)
    {
        var corpus = shared is null ? null : Path.Combine(shared, "corpus");
        if (corpus is null || !File.Exists(Path.Combine(corpus, "MANIFEST.tsv")))
        {
            return null;
        }

        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(corpus, "MANIFEST.tsv")).Skip(1))
        {
            var fields = line.Split('\t');
            if (fields.Length >= 9 && ManifestInconsistency().Match(fields[8]) is { Success: true } m)
            {
                files[fields[0]] = $"MANIFEST: …{m.Value}…";
            }
        }

        foreach (var path in Directory.EnumerateFiles(Path.Combine(corpus, "expected"), "*.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(path));
            var root = json.RootElement;
            if (root.TryGetProperty("inconsistencies", out var list) && list.GetArrayLength() > 0 && root.TryGetProperty("file", out var file)
                && File.Exists(Path.Combine(corpus, file.GetString()!)))
            {
                files.TryAdd(file.GetString()!, $"expected/{Path.GetFileName(path)}: {list[0].GetString()}");
            }
        }

        return files;
    }

    // The words the MANIFEST notes use for a document that contradicts itself (not a layout oddity).
    [GeneratedRegex(@"inconsisten|contradict|mismatch|≠|but table", RegexOptions.IgnoreCase)]
    private static partial Regex ManifestInconsistency();
}
