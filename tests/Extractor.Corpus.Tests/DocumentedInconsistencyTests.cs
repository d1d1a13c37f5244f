using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Corpus.Tests;

/// <summary>
/// Every inconsistency the corpus documents (MANIFEST.tsv notes and expected/*.json) is a failing check of the report
/// read from the real document, naming the cells a watchdog would look at and, for a narrative rule, quoting the
/// sentence. Skips visibly where the corpus is absent.
/// </summary>
public sealed class DocumentedInconsistencyTests(ITestOutputHelper output)
{
    [Fact]
    public void Documentation_EveryInconsistentFileHasItsFindingsListed()
    {
        if (DocumentedFindings.DocumentedFiles(TestPaths.Shared) is not { } documented)
        {
            output.WriteLine("skipped: ../shared/corpus not present (set EXTRACTOR_SHARED)");
            return;
        }

        foreach (var (file, where) in documented)
        {
            output.WriteLine($"{file}: {where}");
        }

        Assert.NotEmpty(documented);
        Assert.Equal(documented.Keys.Order(StringComparer.Ordinal), DocumentedFindings.All.Select(static f => f.File).Distinct().Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> Files() => new(DocumentedFindings.All.Select(static f => f.File).Distinct());

    [Theory]
    [MemberData(nameof(Files))]
    public void Parse_DocumentedInconsistency_IsAFailWithItsCellsAndSentence(string file)
    {
        if (TestPaths.Shared is not { } shared || !File.Exists(Path.Combine(shared, "corpus", file)))
        {
            output.WriteLine($"../shared/corpus/{file} not present: skipped");
            return;
        }

        var path = Path.Combine(shared, "corpus", file);
        var report = Readers.CreateParser().Parse(new SourceDocument(path, File.ReadAllBytes(path)));

        var expected = DocumentedFindings.All.Where(f => f.File == file).ToList();
        Assert.NotEmpty(expected);
        foreach (var f in expected)
        {
            var check = Assert.Single(report.Checks, c => c.Rule == f.Rule && c.Scope == f.Scope);
            output.WriteLine($"{f.Rule} {f.Scope} {check.Outcome}: {check.Message}");
            Assert.Equal(CheckOutcome.Fail, check.Outcome);
            Assert.All(f.Cells, cell => Assert.Contains(cell, check.Cells));
            if (f.Quote is { } quote)
            {
                var sentence = check.Evidence[0];
                Assert.StartsWith("sections/", sentence.Ref, StringComparison.Ordinal);
                Assert.Contains(quote, string.Concat(sentence.Raw.Where(static c => !char.IsWhiteSpace(c))), StringComparison.Ordinal);
            }

            // The evidence carries each documented cell with its location, so the site can show where it is.
            Assert.All(f.Cells, cell => Assert.Contains(check.Evidence, e => e.Ref == cell && e.At.Length > 0));
        }
    }
}
