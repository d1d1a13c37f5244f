using System.Reflection;
using System.Text.RegularExpressions;
using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.State;

namespace Extractor.Corpus.Tests;

/// <summary>docs/data-dictionary.md lists exactly the names the code writes, so the dictionary cannot drift.</summary>
public sealed partial class DataDictionaryTests
{
    private static readonly string s_text = File.ReadAllText(Path.Combine(TestPaths.Root, "docs", "data-dictionary.md"));

    public static TheoryData<string> Sections() =>
    [
        "Report statuses", "Cell kinds", "Check outcomes", "Severities", "Rules", "Frontier states", "Frontier kinds", "Diagnostic codes", "Read by",
    ];

    [Theory]
    [MemberData(nameof(Sections))]
    public void Section_ListsExactlyTheNamesOfTheCode(string section)
    {
        var expected = FromCode(section).Order(StringComparer.Ordinal).ToList();
        var documented = FromDocument(section).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, documented);
    }

    private static IEnumerable<string> FromCode(string section) => section switch
    {
        "Report statuses" => ContractNames.Statuses.Entries.Select(static e => e.Name),
        "Cell kinds" => ContractNames.CellKinds.Entries.Select(static e => e.Name),
        "Check outcomes" => ContractNames.Outcomes.Entries.Select(static e => e.Name),
        "Severities" => ContractNames.Severities.Entries.Select(static e => e.Name),
        "Rules" => RuleCatalog.All.Select(static r => r.Id),
        "Frontier states" => Enum.GetValues<FrontierState>().Select(static s => StateStore.Name(s)),
        "Frontier kinds" => Enum.GetValues<FrontierKind>().Select(static k => StateStore.Name(k)),
        "Diagnostic codes" => typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(static f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(static f => (string)f.GetRawConstantValue()!),
        "Read by" => [ReportSource.ReadByOcr],
        _ => throw new ArgumentOutOfRangeException(nameof(section)),
    };

    private static IEnumerable<string> FromDocument(string section)
    {
        var start = s_text.IndexOf($"\n## {section}\n", StringComparison.Ordinal);
        Assert.True(start >= 0, $"docs/data-dictionary.md has no section '## {section}'");
        var end = s_text.IndexOf("\n## ", start + 4, StringComparison.Ordinal);
        var body = end < 0 ? s_text[start..] : s_text[start..end];
        return FirstCell().Matches(body).Select(static m => m.Groups[1].Value);
    }

    [GeneratedRegex(@"^\| `([^`]+)` \|", RegexOptions.Multiline)]
    private static partial Regex FirstCell();
}
