using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace Extractor.Core.Documents;

/// <summary>Where a block or cell was found in its source, precise enough for a person to find it by eye.</summary>
/// <param name="Page">1-based page number (PDF) or null.</param>
/// <param name="Line">1-based line number (text formats) or null.</param>
/// <param name="Table">1-based index of the table in the document, or null.</param>
/// <param name="Row">1-based row of the table grid, or null.</param>
/// <param name="Column">1-based column of the table grid, or null.</param>
/// <param name="X">Left edge in PDF points from the page's left, or null.</param>
/// <param name="Y">Top edge in PDF points from the page's top, or null.</param>
/// <param name="OcrConfidence">For text read from an image by OCR, the engine's confidence (0–100) in it, or null.</param>
public sealed record SourceLocation(
    int? Page = null,
    int? Line = null,
    int? Table = null,
    int? Row = null,
    int? Column = null,
    double? X = null,
    double? Y = null,
    double? OcrConfidence = null)
{
    /// <summary>The empty location, for things that have no place in the source.</summary>
    public static SourceLocation None { get; } = new();

    /// <summary>Renders the location as the `at` text of the data contract, e.g. "page 3, table 2, row 4, col 2 (x 120.5, y 301.0)".</summary>
    public override string ToString()
    {
        // One buffer on the stack: every cell and diagnostic of a report renders its location (a list, five strings, a
        // join and a builder per call before).
        var text = new DefaultInterpolatedStringHandler(0, 0, CultureInfo.InvariantCulture, stackalloc char[128]);
        var separator = false;
        AppendPart(ref text, ref separator, "page ", Page);
        AppendPart(ref text, ref separator, "line ", Line);
        AppendPart(ref text, ref separator, "table ", Table);
        AppendPart(ref text, ref separator, "row ", Row);
        AppendPart(ref text, ref separator, "col ", Column);
        if (X is double x && Y is double y)
        {
            text.AppendLiteral(" (x ");
            text.AppendFormatted(x, "0.0");
            text.AppendLiteral(", y ");
            text.AppendFormatted(y, "0.0");
            text.AppendLiteral(")");
        }

        if (OcrConfidence is double confidence)
        {
            text.AppendLiteral(", OCR confidence ");
            text.AppendFormatted(confidence, "0");
        }

        return text.ToStringAndClear();
    }

    /// <summary>
    /// Reads back the text <see cref="ToString"/> writes (a cell's or diagnostic's `at`), so that code holding only the
    /// text never parses it on its own. Coordinates come back as written (one decimal). False for any other text.
    /// </summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SourceLocation? location)
    {
        location = null;
        if (text is null)
        {
            return false;
        }

        var rest = text.AsSpan();
        double? confidence = null;
        var mark = rest.LastIndexOf(ConfidenceMark, StringComparison.Ordinal);
        if (mark >= 0)
        {
            if (!TryNumber(rest[(mark + ConfidenceMark.Length)..], out var score) || !rest[..mark].EndsWith(", ", StringComparison.Ordinal))
            {
                return false;
            }

            confidence = score;
            rest = rest[..(mark - 2)];
        }

        double? x = null, y = null;
        if (rest.EndsWith(")", StringComparison.Ordinal))
        {
            var open = rest.LastIndexOf(" (x ", StringComparison.Ordinal);
            var inner = open < 0 ? default : rest[(open + 4)..^1];
            var comma = inner.IndexOf(", y ", StringComparison.Ordinal);
            if (comma < 0 || !TryNumber(inner[..comma], out var left) || !TryNumber(inner[(comma + 4)..], out var top))
            {
                return false;
            }

            (x, y) = (left, top);
            rest = rest[..open];
        }

        // page, line, table, row, col: each at most once and in this order, as ToString writes them.
        Span<int?> parts = stackalloc int?[s_partNames.Length];
        var next = 0;
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf(", ", StringComparison.Ordinal);
            var part = end < 0 ? rest : rest[..end];
            rest = end < 0 ? default : rest[(end + 2)..];
            if (end >= 0 && rest.IsEmpty)
            {
                return false;
            }

            while (next < s_partNames.Length && !part.StartsWith(s_partNames[next], StringComparison.Ordinal))
            {
                next++;
            }

            if (next == s_partNames.Length
                || !int.TryParse(part[s_partNames[next].Length..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number))
            {
                return false;
            }

            parts[next++] = number;
        }

        location = new SourceLocation(parts[0], parts[1], parts[2], parts[3], parts[4], x, y, confidence);
        return true;
    }

    private const string ConfidenceMark = "OCR confidence ";

    private static readonly string[] s_partNames = ["page ", "line ", "table ", "row ", "col "];

    private static bool TryNumber(ReadOnlySpan<char> text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);

    private static void AppendPart(ref DefaultInterpolatedStringHandler text, ref bool separator, string name, int? value)
    {
        if (value is not int number)
        {
            return;
        }

        if (separator)
        {
            text.AppendLiteral(", ");
        }

        text.AppendLiteral(name);
        text.AppendFormatted(number);
        separator = true;
    }
}
