using System.Text.RegularExpressions;
using Extractor.Testing;

namespace Extractor.Corpus.Tests;

/// <summary>Links in the repository's documents point inside the repository, at something that exists (a fresh clone has no ../shared).</summary>
public sealed partial class DocumentationLinksTests
{
    public static TheoryData<string> Documents() => ["README.md", "ARCHITECTURE.md", "docs/contract.md", "docs/data-dictionary.md"];

    [Theory]
    [MemberData(nameof(Documents))]
    public void RelativeLinks_ResolveInsideTheRepository(string document)
    {
        var path = Path.Combine(TestPaths.Root, document);
        var links = Link().Matches(File.ReadAllText(path)).Select(static m => m.Groups[1].Value)
            .Where(static l => !l.Contains("://", StringComparison.Ordinal) && !l.StartsWith('#'))
            .ToList();

        Assert.All(links, link =>
        {
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, link.Split('#')[0]));
            Assert.StartsWith(TestPaths.Root + Path.DirectorySeparatorChar, target, StringComparison.Ordinal);
            Assert.True(File.Exists(target) || Directory.Exists(target), $"{document}: link {link} points at nothing");
        });
    }

    [GeneratedRegex(@"\]\(([^)\s]+)\)")]
    private static partial Regex Link();
}
