namespace Extractor.Testing;

/// <summary>Finds the repository's folders from a test's output folder, without counting "..".</summary>
internal static class TestPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder that holds Extractor.sln).</summary>
    public static string Root => s_root.Value;

    /// <summary>The repository's fixtures folder.</summary>
    public static string Fixtures => Path.Combine(Root, "fixtures");

    /// <summary>
    /// The shared folder beside the repository (../shared), or the folder in EXTRACTOR_SHARED; null when neither exists,
    /// so that tests over real documents can skip on a machine without them.
    /// </summary>
    public static string? Shared
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("EXTRACTOR_SHARED");
            if (!string.IsNullOrEmpty(fromEnv) && Directory.Exists(fromEnv))
            {
                return fromEnv;
            }

            var beside = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            return Directory.Exists(beside) ? beside : null;
        }
    }

    /// <summary>A file under fixtures/.</summary>
    public static string Fixture(params string[] parts) => Path.Combine([Fixtures, .. parts]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"Extractor.sln not found above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
