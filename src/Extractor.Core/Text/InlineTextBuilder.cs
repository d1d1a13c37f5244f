using System.Text;

namespace Extractor.Core.Text;

/// <summary>
/// Joins the text fragments of one paragraph or cell as a reader sees them: whitespace (spaces, line ends, &amp;nbsp;,
/// U+3000) and breaks between fragments collapse to nothing next to a Chinese character and to one space between
/// Latin or digit words, and the ends are trimmed.
/// </summary>
/// <remarks>
/// Shared by the HTML and DOCX readers so that a report reads the same from either format. Word-pasted pages and Word
/// runs split words over spans and wrap source lines mid-word (申请人情|况, 三|、本|年|度); Chinese is
/// written without spaces, so a break next to a Chinese character is never a word gap.
/// </remarks>
internal sealed class InlineTextBuilder
{
    private readonly StringBuilder _text = new();
    private bool _pendingGap;

    /// <summary>True while nothing but whitespace has been appended.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>The length of the joined text so far (it only grows until <see cref="Flush"/>).</summary>
    public int Length => _text.Length;

    /// <summary>Appends a text fragment as found in the source.</summary>
    public void Append(string fragment)
    {
        foreach (var ch in fragment)
        {
            if (char.IsWhiteSpace(ch))
            {
                _pendingGap = true;
                continue;
            }

            if (IsInvisible(ch))
            {
                continue;
            }

            if (_pendingGap && _text.Length > 0 && !IsCjk(_text[^1]) && !IsCjk(ch))
            {
                _text.Append(' ');
            }

            _pendingGap = false;
            _text.Append(ch);
        }
    }

    /// <summary>Marks a break (a line break or a block boundary) that joins like whitespace.</summary>
    public void Break() => _pendingGap = true;

    /// <summary>Returns the joined text and starts over.</summary>
    public string Flush()
    {
        var text = _text.ToString();
        _text.Clear();
        _pendingGap = false;
        return text;
    }

    /// <summary>Joins <paramref name="fragments"/> as one run of text.</summary>
    public static string Join(params string[] fragments)
    {
        var builder = new InlineTextBuilder();
        foreach (var fragment in fragments)
        {
            builder.Append(fragment);
            builder.Break();
        }

        return builder.Flush();
    }

    /// <summary>True for Chinese characters and the full-width punctuation and quotes set among them.</summary>
    internal static bool IsCjk(char ch) =>
        ch is (>= '\u2E80' and <= '\u9FFF')     // radicals, CJK punctuation, kana, bopomofo, extension A, unified ideographs
            or (>= '\uF900' and <= '\uFAFF')    // compatibility ideographs
            or (>= '\uFE30' and <= '\uFE4F')    // compatibility forms
            or (>= '\uFF00' and <= '\uFFEF')    // full-width forms: （）、：１２
            or (>= '\u2014' and <= '\u2015')    // —— as used in Chinese text
            or (>= '\u2018' and <= '\u201F')    // curly quotes “三安全一稳定”
            or '\u2026' or '\u00B7'
            || char.IsSurrogate(ch);            // extension B and later ideographs (rare names)

    private static bool IsInvisible(char ch) => ch is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD';
}
