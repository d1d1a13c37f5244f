using System.Text;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;

namespace Extractor.Benchmarks.Robustness;

/// <summary>
/// Degrades the repository's own fixture reports every way <see cref="Degradations"/> knows, alone and combined, with
/// the truth of each carried over from its pristine source as the same parser reads it (the fixtures' golden tests
/// pin that reading down). Deterministic: the same seeds give the same documents.
/// </summary>
internal static class RobustnessGenerator
{
    [Flags]
    private enum Damage
    {
        None = 0,
        Traditional = 1,
        Radicals = 2,
        Furniture = 4,
        Shred = 8,
        Fragment = 16,
    }

    /// <summary>Every degraded document; <paramref name="seeds"/> copies of each combination with random damage.</summary>
    public static IEnumerable<DegradedDocument> Generate(ExtractionPipeline parser, int seeds)
    {
        ArgumentNullException.ThrowIfNull(parser);
        foreach (var (path, truthPath, damages) in Sources())
        {
            var (truth, fails) = Truth(parser, truthPath);
            var text = File.ReadAllText(path, Encoding.UTF8);
            var name = Path.GetFileName(path);
            for (var combo = 0; combo < 1 << damages.Count; combo++)
            {
                var damage = damages.Where((_, i) => (combo & (1 << i)) != 0).Aggregate(Damage.None, static (a, d) => a | d);
                var random = (damage & (Damage.Radicals | Damage.Shred)) != 0;
                for (var seed = 0; seed < (random ? seeds : 1); seed++)
                {
                    var rng = new Random(seed * 7919 + combo);
                    var degraded = Apply(text, damage, rng);
                    var label = damage == Damage.None ? name : $"{name}+{damage.ToString().Replace(", ", "+", StringComparison.Ordinal).ToLowerInvariant()}" + (random ? $"#{seed}" : string.Empty);

                    // A fragment is stored under a neutral name half the time: sniffing must find the markup itself.
                    var fileName = (damage & Damage.Fragment) != 0 && seed % 2 == 0 ? Path.ChangeExtension(name, ".txt") : name;
                    yield return new DegradedDocument(label, fileName, Encoding.UTF8.GetBytes(degraded), truth, fails);
                }
            }
        }
    }

    private static string Apply(string text, Damage damage, Random random)
    {
        var s = text;
        if ((damage & Damage.Fragment) != 0)
        {
            s = Degradations.HtmlFragment(s);
        }

        if ((damage & Damage.Shred) != 0)
        {
            s = Degradations.Shred(s, random);
        }

        if ((damage & Damage.Furniture) != 0)
        {
            s = Degradations.FurnitureOnTitle(s);
        }

        if ((damage & Damage.Traditional) != 0)
        {
            s = Degradations.Traditional(s);
        }

        if ((damage & Damage.Radicals) != 0)
        {
            s = Degradations.Radicals(s, random);
        }

        return s;
    }

    /// <summary>The pristine sources: (file, file whose reading is the truth, damages that apply).</summary>
    private static IEnumerable<(string Path, string TruthPath, List<Damage> Damages)> Sources()
    {
        var fixtures = Degradations.RepositoryFile("fixtures");
        foreach (var path in Directory.EnumerateFiles(Path.Combine(fixtures, "text"), "1*.txt").Order(StringComparer.Ordinal))
        {
            yield return (path, path, [Damage.Traditional, Damage.Radicals, Damage.Furniture, Damage.Shred]);
        }

        // Pages in UTF-8 only: a degraded copy is written in UTF-8 and would contradict a declared GBK charset.
        foreach (var path in Directory.EnumerateFiles(Path.Combine(fixtures, "html"), "*.html").Order(StringComparer.Ordinal).Where(IsUtf8))
        {
            yield return (path, path, [Damage.Traditional, Damage.Radicals, Damage.Furniture, Damage.Fragment]);
        }

        // Dumps made with pdftotext (tools/make-pdftotext-fixtures.sh): their truth is the PDF as the PDF reader reads it
        // (its tests pin tables 三/四 to the HTML source the PDF was printed from).
        foreach (var path in Directory.EnumerateFiles(Path.Combine(fixtures, "text", "pdftotext"), "*.txt").Order(StringComparer.Ordinal))
        {
            var stem = Path.GetFileName(path).Split('.')[0];
            yield return (path, Path.Combine(fixtures, "pdf", stem + ".pdf"), [Damage.Traditional, Damage.Radicals, Damage.Furniture]);
        }
    }

    private static bool IsUtf8(string path)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetString(File.ReadAllBytes(path));
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static (IReadOnlyDictionary<string, decimal> Truth, IReadOnlySet<string> Fails) Truth(ExtractionPipeline parser, string path)
    {
        var report = parser.Parse(new SourceDocument(path, File.ReadAllBytes(path)));
        var truth = report.Cells.Where(static c => c.Kind == CellKind.Number).GroupBy(static c => c.Key).ToDictionary(static g => g.Key, static g => g.First().Value!.Value, StringComparer.Ordinal);
        var fails = report.Checks.Where(static c => c.Outcome == CheckOutcome.Fail).Select(static c => $"{c.Rule}/{c.Scope}").ToHashSet(StringComparer.Ordinal);
        return (truth, fails);
    }
}
