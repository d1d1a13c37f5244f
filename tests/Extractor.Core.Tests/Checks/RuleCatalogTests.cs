using Extractor.Core.Checks;
using Extractor.Testing;

namespace Extractor.Core.Tests.Checks;

public class RuleCatalogTests
{
    [Fact]
    public void All_RuleIds_AreUniqueAndNamedInTheSchema()
    {
        var ids = RuleCatalog.All.Select(r => r.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(["T3-ID", "T3-SUM", "T3-COL", "T4-SUM", "NEG", "STRUCT", "TEMPLATE-YEAR", "NARR-NUM", "LEG-SUB", "LEG-CUM", "NARR-LEG", "NARR-RATE", "X-CARRY", "X-IN-FORCE", "X-LEG-CUM"], ids);
    }

    [Fact]
    public void All_EachRule_HasItsOwnFileUnderRules()
    {
        var rules = Path.Combine(TestPaths.Root, "src", "Extractor.Core", "Checks", "Rules");

        Assert.All(RuleCatalog.All, r => Assert.True(File.Exists(Path.Combine(rules, r.GetType().Name + ".cs")), r.GetType().Name));
    }

    [Fact]
    public void All_EachRule_IsInTheReadmeTableWithItsSourceAndSeverity()
    {
        var readme = File.ReadAllLines(Path.Combine(TestPaths.Root, "src", "Extractor.Core", "Checks", "README.md"));

        Assert.All(RuleCatalog.All, r =>
        {
            var row = Assert.Single(readme, l => l.StartsWith($"| `{r.Id}` |", StringComparison.Ordinal));
            Assert.Contains($"| {r.Source.ToString().ToLowerInvariant()} |", row, StringComparison.Ordinal);
            Assert.Contains($"| {r.Severity.ToString().ToLowerInvariant()} |", row, StringComparison.Ordinal);
        });
    }
}
