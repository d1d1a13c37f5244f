namespace Extractor.Benchmarks;

/// <summary>Finds the repository's fixtures from the benchmark's output folder.</summary>
internal static class BenchmarkInputs
{
    public static string Fixture(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
            {
                return Path.Combine([dir.FullName, "fixtures", .. parts]);
            }
        }

        throw new InvalidOperationException("Extractor.sln not found: run the benchmarks from inside the repository.");
    }
}
