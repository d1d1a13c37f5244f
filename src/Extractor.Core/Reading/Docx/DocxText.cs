using System.Text;

namespace Extractor.Core.Reading.Docx;

/// <summary>
/// Joins the text of runs and paragraphs the way a reader sees it: runs are concatenated as written (Word splits words
/// over runs: 2022|年), while whitespace, tabs, line breaks and paragraph ends collapse to nothing next to a Chinese
/// character and to one space between Latin or digit words; the ends are trimmed.
/// </summary>
/// <remarks>Follows the HTML reader's joining so that the same report reads the same from either format.</remarks>
internal sealed class DocxText
{
    private readonly StringBuilder _text = new();
    private bool _pendingGap;

    /// <summary>True while nothing but whitespace has been appended.</summary>
    public bool IsEmpty => _text.Length == 0;

    /// <summary>Appends the text of one w:t as written.</summary>
    public void Append(string fragment)
    {
        foreach (var ch in fragment)
        {
            if (char.IsWhiteSpace(ch))
            {
                _pendingGap = true;
                continue;
            }

            if (ch is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
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

    /// <summary>Marks a tab, a line break or a paragraph end, which joins like whitespace.</summary>
    public void Gap() => _pendingGap = true;

    /// <summary>Returns the joined text and starts over.</summary>
    public string Flush()
    {
        var text = _text.ToString();
        _text.Clear();
        _pendingGap = false;
        return text;
    }

    /// <summary>Joins <paramref name="parts"/> as separate paragraphs of one run of text.</summary>
    public static string Join(IEnumerable<string> parts)
    {
        var text = new DocxText();
        foreach (var part in parts)
        {
            text.Append(part);
            text.Gap();
        }

        return text.Flush();
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
            || char.IsSurrogate(ch);            // extension B and later ideographs
}
