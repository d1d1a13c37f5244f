using System.Buffers;

namespace Extractor.Core.Mapping;

/// <summary>
/// Keys with their keywords, tested in order: the first key one of whose words the text contains wins. A text that
/// contains none of the words (most cells of most tables) is ruled out by one vectorised search instead of a search
/// per word.
/// </summary>
internal sealed class KeywordTable
{
    private readonly SearchValues<string> _anyWord;

    public KeywordTable((string Key, string[] Words)[] entries)
    {
        Entries = entries;
        _anyWord = SearchValues.Create(entries.SelectMany(static e => e.Words).Distinct(StringComparer.Ordinal).ToArray(), StringComparison.Ordinal);
    }

    /// <summary>The keys and their words, in the order they are tested.</summary>
    public (string Key, string[] Words)[] Entries { get; }

    /// <summary>The first key one of whose words <paramref name="text"/> contains (ordinal), or null.</summary>
    public string? Find(string text)
    {
        if (!text.AsSpan().ContainsAny(_anyWord))
        {
            return null;
        }

        foreach (var (key, words) in Entries)
        {
            if (Keywords.AnyIn(text, words))
            {
                return key;
            }
        }

        return null;
    }
}
