namespace Extractor.Core.Mapping;

/// <summary>Keyword tests of the label classifiers, which run for every cell of every table (twice: to route and to map).</summary>
internal static class Keywords
{
    /// <summary>True when <paramref name="text"/> contains one of <paramref name="words"/> (ordinal): a loop, not a LINQ lambda allocated per call.</summary>
    public static bool AnyIn(string text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
