using Extractor.Testing;

namespace Extractor.Output.Tests.Builders;

/// <summary>A fact over the shared corpus: skipped, with the reason, where ../shared/corpus is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CorpusFactAttribute : FactAttribute
{
    public CorpusFactAttribute()
    {
        if (TestPaths.Shared is not { } shared || !Directory.Exists(Path.Combine(shared, "corpus")))
        {
            Skip = "../shared/corpus not found (set EXTRACTOR_SHARED to the shared folder)";
        }
    }
}
