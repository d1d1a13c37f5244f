using System.Text.RegularExpressions;

namespace Extractor.Core.Reading.Text;

/// <summary>
/// Text laid out in columns by runs of spaces (`pdftotext -layout`, console dumps): a line whose tail is numbers set
/// apart by two or more spaces is a table row. Such lines are rewritten as pipe rows (`| label | 1 | 2 |`, or
/// `| 1 | 2 |` when the label was wrapped onto the lines around it) so that the pipe-table path and the mapper's
/// label and row-order alignment read them; every other line is left as it is.
/// </summary>
internal static partial class LayoutRows
{
    /// <summary>A dump needs this many such lines before any is rewritten: one aligned number in prose is not a table.</summary>
    private const int MinimumRows = 4;

    public static string[] Rewrite(string[] lines)
    {
        var rows = new string?[lines.Length];
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].Contains('|', StringComparison.Ordinal) || RowPattern().Match(lines[i]) is not { Success: true } match)
            {
                continue;
            }

            var label = match.Groups["label"].Value.Trim();
            var numbers = match.Groups["n"].Captures.Select(static c => c.Value);
            rows[i] = "| " + (label.Length > 0 ? label + " | " : string.Empty) + string.Join(" | ", numbers) + " |";
            count++;
        }

        if (count < MinimumRows)
        {
            return lines;
        }

        var result = new string[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            result[i] = rows[i] ?? lines[i];
        }

        return result;
    }

    /// <summary>
    /// An optional label that does not end a sentence, then numbers each preceded by two or more spaces (the first may
    /// start the line); amounts may carry a decimal part or thousands separators.
    /// </summary>
    [GeneratedRegex(@"^(?:(?<label>[^。；;]*?[^\s\d。；;,，])\s{2,}|\s*)(?<n>[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?)(?:\s{2,}(?<n>[-+]?\d{1,3}(?:,\d{3})+(?:\.\d+)?|[-+]?\d+(?:\.\d+)?))*\s*$")]
    private static partial Regex RowPattern();
}
