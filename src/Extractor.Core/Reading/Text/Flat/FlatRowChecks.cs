using System.Globalization;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>The arithmetic a single row of a split must satisfy (SCHEMA.md §4): T3-COL for table 三, T4-SUM for table 四.</summary>
internal static class FlatRowChecks
{
    /// <summary>The appeals run holds three blocks of five: 结果维持, 结果纠正, 其他结果, 尚未审结, 总计.</summary>
    public const int AppealBlockWidth = 5;

    /// <summary>T3-COL: the last cell (总计) is the sum of the six applicant cells before it.</summary>
    public static bool ApplicantTotalHolds(string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        return cells.Length >= 2 && Sum(cells, 0, cells.Length - 1) == Value(cells[^1]);
    }

    /// <summary>T4-SUM in every block of five: 总计 is the sum of the four results.</summary>
    public static bool AppealTotalsHold(string[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        for (var start = 0; start + AppealBlockWidth <= cells.Length; start += AppealBlockWidth)
        {
            if (Sum(cells, start, AppealBlockWidth - 1) != Value(cells[start + AppealBlockWidth - 1]))
            {
                return false;
            }
        }

        return cells.Length % AppealBlockWidth == 0;
    }

    /// <summary>
    /// The cell's number; -1, which no count can be, for a run of digits too long for a count (past 10^15, where
    /// sums could overflow), so that the checks fail instead of throwing.
    /// </summary>
    public static decimal Value(string cell) =>
        decimal.TryParse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)
            && Math.Abs(value) < Mapping.CellValueParser.MaxMagnitude
            ? value
            : -1;

    private static decimal Sum(string[] cells, int start, int count)
    {
        decimal sum = 0;
        for (var i = start; i < start + count; i++)
        {
            sum += Value(cells[i]);
        }

        return sum;
    }
}
