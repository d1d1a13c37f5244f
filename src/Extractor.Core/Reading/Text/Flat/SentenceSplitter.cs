namespace Extractor.Core.Reading.Text.Flat;

/// <summary>Cuts narrative from a flat body into sentences, so that each becomes a paragraph of its section.</summary>
internal static class SentenceSplitter
{
    /// <summary>The pieces of <paramref name="text"/> after each sentence end, trimmed, with their offsets in it; blank pieces are dropped.</summary>
    public static List<(string Text, int Offset)> TextToSentences(string text)
    {
        var sentences = new List<(string, int)>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is not ('。' or '！' or '？'))
            {
                continue;
            }

            // A closing quote or bracket right after the stop belongs to the sentence.
            var end = i + 1;
            while (end < text.Length && text[end] is '”' or '」' or '）' or ')' or '’')
            {
                end++;
            }

            Add(start, end);
            start = end;
            i = end - 1;
        }

        Add(start, text.Length);
        return sentences;

        void Add(int from, int to)
        {
            var piece = text[from..to];
            var trimmed = piece.Trim();
            if (trimmed.Length > 0)
            {
                sentences.Add((trimmed, from + piece.IndexOf(trimmed[0], StringComparison.Ordinal)));
            }
        }
    }
}
