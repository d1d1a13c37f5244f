namespace Extractor.Core.Mapping;

/// <summary>
/// The last resort for a row label no keyword matches: a keyword of four or more characters found with one character
/// wrong (OCR reads 内部事务 as 内部束务, a typist drops a stroke). Taken only when exactly one row's keywords match
/// so (the confusion guard), leaving out the rows the table has already passed when that settles it: a label near two
/// rows still ahead stays unmatched, and its cells missing.
/// </summary>
internal static class FuzzyLabel
{
    /// <summary>Keywords shorter than this are too short to tell apart with a character wrong.</summary>
    public const int MinKeywordLength = 4;

    /// <param name="norm">The normalised label.</param>
    /// <param name="rows">The rows in template order, with their keywords.</param>
    /// <param name="lastRow">The row the previous label matched, or null: it and the rows before it are behind.</param>
    public static string? FindUnique(string norm, IReadOnlyList<(string Key, string[] Words)> rows, string? lastRow = null)
    {
        var found = new List<int>();
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].Words.Any(w => w.Length >= MinKeywordLength && ContainsWithOneWrong(norm, w)))
            {
                found.Add(i);
            }
        }

        if (found.Count > 1 && lastRow is not null)
        {
            var behind = rows.Select(static r => r.Key).ToList().IndexOf(lastRow);
            found.RemoveAll(i => i <= behind);
        }

        return found.Count == 1 ? rows[found[0]].Key : null;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> with exactly one character replaced.</summary>
    private static bool ContainsWithOneWrong(string text, string word)
    {
        for (var start = 0; start + word.Length <= text.Length; start++)
        {
            var wrong = 0;
            for (var i = 0; i < word.Length && wrong <= 1; i++)
            {
                if (text[start + i] != word[i])
                {
                    wrong++;
                }
            }

            if (wrong == 1)
            {
                return true;
            }
        }

        return false;
    }
}
