using System.Text.RegularExpressions;

namespace Extractor.Core.Reading.Text;

/// <summary>
/// Tells a line cut out of a sentence (a &lt;br&gt; or a hard wrap inside a paragraph: "其中网上" / "６件、当面３件…") from a
/// table row printed as a line (行政许可 97, （三）不予公开 1.属于国家秘密 0). A row holds one label and bare numbers; a
/// sentence glues its counts to their units and runs on with clause punctuation, so a piece of one is prose, never a
/// row: readers mark it (<see cref="Documents.TextBlock.InSentence"/>) and the sectioner does not take it for a table line.
/// </summary>
internal static partial class SentencePieces
{
    private const string ClausePunctuation = "，、；,;";

    /// <summary>A line ending in one of these ends a sentence or a label (其中：), so the next line starts afresh.</summary>
    private const string SentenceEnds = "。！？!?；;：:）)";

    /// <summary>
    /// True when <paramref name="line"/> reads as part of a sentence: a count glued to its unit with more of the clause
    /// after it (申请１１件，), or a line that starts or ends inside a clause (、当面…, …公开答复８件，).
    /// </summary>
    public static bool IsPiece(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        return text.Length > 0 && (CountInClause().IsMatch(text) || StartsMidClause(text) || ClausePunctuation.Contains(text[^1], StringComparison.Ordinal));
    }

    /// <summary>
    /// True when <paramref name="line"/> is the head of a sentence whose next piece is <paramref name="next"/>: the next
    /// line starts inside a clause (６件、当面３件…) and this one neither ends a sentence nor ends with a number.
    /// </summary>
    public static bool RunsOnInto(string line, string? next)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        return text.Length > 0 && next is not null && StartsMidClause(next.Trim())
            && !SentenceEnds.Contains(text[^1], StringComparison.Ordinal) && !IsDigit(text[^1]);
    }

    /// <summary>
    /// True when the text of a paragraph that line breaks cut into pieces reads as sentences (a full stop, or a count
    /// glued to its unit inside a clause): its pieces are prose. Rows laid out with &lt;br&gt; (行政许可 97&lt;br&gt;行政处罚 3)
    /// have neither.
    /// </summary>
    public static bool IsProseParagraph(string joined)
    {
        ArgumentNullException.ThrowIfNull(joined);
        return joined.Contains('。', StringComparison.Ordinal) || CountInClause().IsMatch(joined);
    }

    /// <summary>
    /// A piece of a prose paragraph that still reads as a row of its own: it ends with a bare number, and the next piece
    /// does not go on with that number or its unit (a note under rows laid out with &lt;br&gt; must not take the rows with it).
    /// </summary>
    public static bool IsRowLine(string line, string? next)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        return text.Length > 0 && IsDigit(text[^1]) && !IsPiece(text) && (next is null || !UnitFirst().IsMatch(next.Trim()));
    }

    /// <summary>
    /// A line that starts with clause punctuation or with a count glued to its unit and more clause (６件、当面…)
    /// continues a sentence; a bare value cell (12件) does not.
    /// </summary>
    private static bool StartsMidClause(string text) =>
        text.Length > 0 && (ClausePunctuation.Contains(text[0], StringComparison.Ordinal) || LeadingCount().IsMatch(text));

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || c is >= '０' and <= '９';

    /// <summary>A count in ASCII or full-width digits, glued to a unit of things counted, then clause punctuation.</summary>
    [GeneratedRegex(@"[0-9０-９](?:人次|万元|[件条个项次份篇起期场批家户元])\s*[，、；,;。]")]
    private static partial Regex CountInClause();

    [GeneratedRegex(@"^[0-9０-９]+(?:人次|万元|[件条个项次份篇起期场批家户元])(?:\s*[，、；,;。]|\p{IsCJKUnifiedIdeographs})")]
    private static partial Regex LeadingCount();

    /// <summary>A piece that goes on with a unit, or with the rest of a number and its unit (３&lt;br&gt;６件).</summary>
    [GeneratedRegex(@"^[0-9０-９]*(?:人次|万元|[件条个项次份篇起期场批家户元])")]
    private static partial Regex UnitFirst();
}
