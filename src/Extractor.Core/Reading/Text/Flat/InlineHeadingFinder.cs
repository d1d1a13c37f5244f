using Extractor.Core.Mapping;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Finds the six section headings of the national format inside one long line. A candidate is a numeral 一…六 with
/// an enumeration comma that does not sit inside brackets (（一）is a sub-heading); it ends after 情况 or 事项 (概述, 措施 in pre-2019 reports), the words
/// every national heading ends in, or at the first digit, bracket, space or punctuation. Headings must come in numeral
/// order, which keeps the table row labels 一、本年新收… and 四、结转下年度… out.
/// </summary>
internal static class InlineHeadingFinder
{
    /// <summary>No national heading is longer; the window keeps the following text out.</summary>
    private const int MaximumHeadingLength = 40;

    private static readonly string[] s_endWords = ["情况", "事项", "概述", "措施"];

    public static List<InlineHeading> BodyToHeadings(string body)
    {
        var found = new List<InlineHeading>();
        var lastIndex = -1;
        for (var i = 0; i + 1 < body.Length; i++)
        {
            if (body[i] is not ('一' or '二' or '三' or '四' or '五' or '六') || body[i + 1] is not ('、' or '.' or '．'))
            {
                continue;
            }

            if (i > 0 && body[i - 1] is '（' or '(' or '第')
            {
                continue;
            }

            var end = HeadingEnd(body, i);
            if (SectionHeadings.Find(body[i..end]) is not { Numbered: true } heading)
            {
                continue;
            }

            // Numerals run in order (pre-2019 reports order their parts freely, so the section keys need not).
            var key = heading.Key;
            var index = heading.Numeral;
            if (index <= lastIndex)
            {
                continue;
            }

            found.Add(new InlineHeading(key, i, end));
            lastIndex = index;
            i = end - 1;
        }

        return found;
    }

    private static int HeadingEnd(string body, int start)
    {
        var limit = Math.Min(body.Length, start + MaximumHeadingLength);
        var end = limit;
        foreach (var word in s_endWords)
        {
            var at = body.IndexOf(word, start, limit - start, StringComparison.Ordinal);
            if (at >= 0)
            {
                end = Math.Min(end, at + word.Length);
            }
        }

        // 四、审批事项及处理情况: a heading that goes on with 及/和 ends at the next 情况, not at 事项.
        if (end < limit && body[end] is '及' or '和' && body.IndexOf("情况", end, Math.Min(6, limit - end), StringComparison.Ordinal) is var more and >= 0)
        {
            end = more + 2;
        }

        // 一、 概述: a space after the enumeration comma belongs to the heading.
        var first = start + 2;
        while (first < end && char.IsWhiteSpace(body[first]))
        {
            first++;
        }

        for (var j = first; j < end; j++)
        {
            var c = body[j];
            if (char.IsAsciiDigit(c) || char.IsWhiteSpace(c) || c is '（' or '(' or '，' or ',' or '。' or '：' or ':' or '；')
            {
                return j;
            }
        }

        return end;
    }
}
