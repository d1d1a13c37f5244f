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

    public static decimal Value(string cell) => decimal.Parse(cell, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

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
