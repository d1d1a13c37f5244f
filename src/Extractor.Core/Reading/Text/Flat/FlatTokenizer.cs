namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Cuts a table region of a flat body into alternating text and digit runs. A run holds digits and the spaces,
/// minus signs and decimal points between them; everything else is text. In the crawler dumps the sub-item number of a
/// row label glues to the previous row's digits (…0000002.其他法律…), so a trailing digit followed by 「.」 or 「、」 is
/// moved back into the label it numbers.
/// </summary>
internal static class FlatTokenizer
{
    private static readonly string[] s_units = ["万元", "亿元", "元"];

    public static List<FlatToken> RegionToTokens(string body, int start, int end)
    {
        var raw = Scan(body, start, end);
        return AttachUnits(MoveItemNumbers(raw));
    }

    /// <summary>True for the characters of a run; signs and points only when a digit follows.</summary>
    public static bool IsSign(char c) => c is '-' or '－' or '−';

    private static List<FlatToken> Scan(string body, int start, int end)
    {
        var tokens = new List<FlatToken>();
        var i = start;
        var textStart = start;
        while (i < end)
        {
            if (!StartsRun(body, i, end))
            {
                i++;
                continue;
            }

            if (i > textStart)
            {
                tokens.Add(new FlatToken(body[textStart..i], false, textStart));
            }

            var runEnd = RunEnd(body, i, end);
            tokens.Add(new FlatToken(body[i..runEnd], true, i));
            i = runEnd;
            textStart = i;
        }

        if (end > textStart)
        {
            tokens.Add(new FlatToken(body[textStart..end], false, textStart));
        }

        return tokens;
    }

    private static bool StartsRun(string body, int i, int end) =>
        char.IsAsciiDigit(body[i]) || (IsSign(body[i]) && i + 1 < end && char.IsAsciiDigit(body[i + 1]));

    private static int RunEnd(string body, int i, int end)
    {
        var last = i;
        var j = i;
        while (j < end)
        {
            var c = body[j];
            if (char.IsAsciiDigit(c))
            {
                last = ++j;
                continue;
            }

            if ((c == '.' || IsSign(c)) && j + 1 < end && char.IsAsciiDigit(body[j + 1]))
            {
                j++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                var k = j;
                while (k < end && char.IsWhiteSpace(body[k]))
                {
                    k++;
                }

                if (k < end && StartsRun(body, k, end))
                {
                    j = k;
                    continue;
                }
            }

            break;
        }

        return last;
    }

    /// <summary>Moves the last digit of a run into the following text when that text starts with 「.」 or 「、」 (a sub-item number).</summary>
    private static List<FlatToken> MoveItemNumbers(List<FlatToken> tokens)
    {
        var result = new List<FlatToken>(tokens.Count);
        for (var t = 0; t < tokens.Count; t++)
        {
            var token = tokens[t];
            var next = t + 1 < tokens.Count ? tokens[t + 1] : null;
            if (!token.IsRun || next is null || next.Text.Length == 0 || next.Text[0] is not ('.' or '、' or '．'))
            {
                result.Add(token);
                continue;
            }

            var kept = token.Text[..^1].TrimEnd();
            var label = new FlatToken(token.Text[^1] + next.Text, false, token.Start + token.Text.Length - 1);
            t++;
            if (kept.Length > 0)
            {
                result.Add(token with { Text = kept });
                result.Add(label);
            }
            else if (result.Count > 0 && !result[^1].IsRun)
            {
                // The run was only the number: the label continues the text before it (（六）其他处理 1.申请人…).
                var before = result[^1];
                result[^1] = before with { Text = before.Text + token.Text + next.Text };
            }
            else
            {
                result.Add(label);
            }
        }

        return result;
    }

    /// <summary>A unit written right after the digits (政府集中采购13575394432.52元) belongs to the run, not to the next label.</summary>
    private static List<FlatToken> AttachUnits(List<FlatToken> tokens)
    {
        for (var t = 1; t < tokens.Count; t++)
        {
            var text = tokens[t];
            if (text.IsRun || !tokens[t - 1].IsRun)
            {
                continue;
            }

            var unit = s_units.FirstOrDefault(u => text.Text.StartsWith(u, StringComparison.Ordinal));
            if (unit is null)
            {
                continue;
            }

            tokens[t - 1] = tokens[t - 1] with { Unit = unit };
            tokens[t] = text with { Text = text.Text[unit.Length..], Start = text.Start + unit.Length };
        }

        return tokens.Where(static t => t.IsRun || t.Text.Length > 0).ToList();
    }
}
