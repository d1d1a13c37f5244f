using System.Globalization;
using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>How numbers and cells are written in check messages.</summary>
internal static class CheckText
{
    /// <summary>A decimal without trailing zeros, invariant culture (12, 7730.28, −15 as -15).</summary>
    /// <remarks>
    /// Whole numbers (nearly every cell) are written as integers: the custom format costs several times more and a
    /// report writes thousands of them. Negative zero keeps the format's spelling.
    /// </remarks>
    public static string Number(decimal value) =>
        decimal.IsInteger(value) && value is >= long.MinValue and <= long.MaxValue && (value != 0 || !decimal.IsNegative(value))
            ? ((long)value).ToString(CultureInfo.InvariantCulture)
            : value.ToString("0.############", CultureInfo.InvariantCulture);

    /// <summary>A nullable decimal, or `null`.</summary>
    public static string Number(decimal? value) => value is { } v ? Number(v) : "null";

    /// <summary>The cell's content for the Chinese half of a message.</summary>
    public static string ValueZh(CellRecord cell) => cell.Kind switch
    {
        CellKind.Number => Number(cell.Value ?? 0m),
        CellKind.Blank => "空",
        CellKind.Missing => "缺失",
        CellKind.Na => $"「{cell.Raw}」",
        _ => $"「{cell.Raw}」",
    };

    /// <summary>The cell's content for the English half of a message.</summary>
    public static string ValueEn(CellRecord cell) => cell.Kind switch
    {
        CellKind.Number => Number(cell.Value ?? 0m),
        CellKind.Blank => "blank",
        CellKind.Missing => "missing",
        CellKind.Na => $"n/a \"{cell.Raw}\"",
        _ => $"text \"{cell.Raw}\"",
    };

    /// <summary>Joins the two halves the way every check message is written.</summary>
    public static string Bilingual(string zh, string en) => $"{zh} / {en}";
}
