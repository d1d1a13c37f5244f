using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Extractor.Core.Checks;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Output;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Site.Tests;

/// <summary>
/// The benchmark's replicated dataset (tests/Extractor.Benchmarks DatasetScaleRun): the report fixtures read once and
/// copied, each copy a new source and each round of copies new agencies, checked across reports and written.
/// </summary>
internal static class ScaleDataset
{
    public static async Task WriteAsync(string folder, int count)
    {
        var parser = Readers.CreateParser();
        var seeds = Directory.EnumerateFiles(TestPaths.Fixtures, "*", SearchOption.AllDirectories)
            .Where(static f => !f.Contains(".expected", StringComparison.Ordinal) && Path.GetExtension(f) is ".txt" or ".html" or ".pdf")
            .Order(StringComparer.Ordinal)
            .Select(f => parser.Parse(new SourceDocument(f, File.ReadAllBytes(f))))
            .Where(static r => r.Cells.Count > 0)
            .ToList();
        var reports = ReportChecker.CheckAcrossStreaming(() => Replicate(seeds, count));
        await new DatasetWriter().WriteAsync(reports, folder);
    }

    private static IEnumerable<ReportResult> Replicate(IReadOnlyList<ReportResult> seeds, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[i % seeds.Count];
            var round = i / seeds.Count;
            var uri = string.Create(CultureInfo.InvariantCulture, $"{seed.Source.Uri}#copy-{i}");
            var sha = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(uri)));
            var agency = seed.AgencySimplified is null ? null : string.Create(CultureInfo.InvariantCulture, $"{seed.AgencySimplified}{round}");
            yield return seed with { Source = seed.Source with { Uri = uri, Sha256 = sha }, Agency = agency, AgencySimplified = agency };
        }
    }
}
