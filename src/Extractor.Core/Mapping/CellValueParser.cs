using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Records;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>Reads a cell's text as number, blank, not-applicable mark or text (SCHEMA.md §2).</summary>
internal static partial class CellValueParser
{
    private static readonly HashSet<string> s_notApplicable = new(StringComparer.Ordinal)
    {
        "/", "\\", "-", "--", "—", "——", "–", "－", "─", "无", "無", "不适用", "不適用", "/ ", "×", "——/", "暂无",
    };

    /// <summary>Numbers at or above this magnitude are read as text (see <see cref="Parse"/>).</summary>
    internal const decimal MaxMagnitude = ContractNumbers.MaxMagnitude;

    public static ParsedCell Parse(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (AsciiWholeNumber(raw) is { } whole)
        {
            // Most cells are a bare count ("26"): what the pattern below would read, without running it.
            return new ParsedCell(CellKind.Number, whole, null);
        }

        var text = raw.Replace('\u00a0', ' ').Replace('\u3000', ' ').Trim();
        if (text.Length == 0)
        {
            return new ParsedCell(CellKind.Blank, null, null);
        }

        if (s_notApplicable.Contains(text))
        {
            return new ParsedCell(CellKind.Na, null, null);
        }

        // Full-width digits, signs and brackets fold to ASCII; a note in brackets after the number stays in raw only.
        var folded = ChineseText.FoldCompatibility(text).Replace('−', '-');
        if (s_notApplicable.Contains(folded))
        {
            return new ParsedCell(CellKind.Na, null, null);
        }

        var match = NumberPattern().Match(folded);
        if (!match.Success)
        {
            return new ParsedCell(CellKind.Text, null, null);
        }

        var digits = match.Groups["number"].Value.Replace(",", string.Empty, StringComparison.Ordinal);
        if (!decimal.TryParse(digits, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return new ParsedCell(CellKind.Text, null, null);
        }

        if (!ContractNumbers.Fits(value))
        {
            // No report counts past 10^15 or states more than 8 decimals: such a run of digits is two numbers run
            // together or noise, and the datasets' DECIMAL(28,8) could not hold it. Text keeps it visible in raw.
            return new ParsedCell(CellKind.Text, null, null);
        }

        var unit = match.Groups["unit"].Success ? match.Groups["unit"].Value : null;
        return new ParsedCell(CellKind.Number, value, unit);
    }

    /// <summary>The value of 1 to 15 ASCII digits and nothing else, else null (every such run fits the contract).</summary>
    private static decimal? AsciiWholeNumber(string raw)
    {
        if (raw.Length is 0 or > 15)
        {
            return null;
        }

        long value = 0;
        foreach (var ch in raw)
        {
            if (!char.IsAsciiDigit(ch))
            {
                return null;
            }

            value = (value * 10) + (ch - '0');
        }

        return value;
    }

    /// <summary>A signed number with optional thousands separators, an optional unit, and an optional bracketed note.</summary>
    [GeneratedRegex(@"^(?<number>[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)\s*(?<unit>万元|亿元|元|件|个|项|条|次|人次|人|家|份|篇)?\s*(?:\([^)]*\))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();
}
