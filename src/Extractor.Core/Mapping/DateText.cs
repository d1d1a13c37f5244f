using System.Globalization;
using System.Text.RegularExpressions;
using Extractor.Core.Text;

namespace Extractor.Core.Mapping;

/// <summary>Finds dates as reports write them (2022年1月28日, 2022-01-28, 二○一二年二月二十日) and renders them as yyyy-MM-dd.</summary>
internal static partial class DateText
{
    private const string Numerals = "〇○零一二三四五六七八九";

    public static string? Find(string text)
    {
        var m = ArabicDate().Match(text);
        if (m.Success && TryFormat(Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value), out var date))
        {
            return date;
        }

        m = ChineseDate().Match(text);
        if (m.Success)
        {
            var year = 0;
            foreach (var c in m.Groups[1].Value)
            {
                year = (year * 10) + Digit(c);
            }

            if (TryFormat(year, ChineseNumber(m.Groups[2].Value), ChineseNumber(m.Groups[3].Value), out date))
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>True when the line is a date and nothing much else (a signature or dateline).</summary>
    public static bool IsDateLine(string line) =>
        Find(line) is not null && line.Trim().Trim('(', ')', '（', '）').Length <= 20;

    private static bool TryFormat(int year, int month, int day, out string date)
    {
        date = string.Empty;
        if (year < 1990 || year > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateOnly(year, month, day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return true;
    }

    // `\d` also matches full-width and other Unicode digits (２０２２年５月１日); -1 fails the range check instead of throwing.
    private static int Int(string s) => DecimalDigits.ToInt(s) ?? -1;

    private static int Digit(char c) => c is '〇' or '○' or '零' ? 0 : Numerals.IndexOf(c, StringComparison.Ordinal) - 2;

    private static int ChineseNumber(string s) => s switch
    {
        "十" => 10,
        _ when s.StartsWith('十') => 10 + Digit(s[1]),
        _ when s.Length == 3 && s[1] == '十' => (Digit(s[0]) * 10) + Digit(s[2]),
        _ when s.Length == 2 && s[1] == '十' => Digit(s[0]) * 10,
        _ => Digit(s[0]),
    };

    [GeneratedRegex(@"(\d{4})\s*[年\-/.]\s*(\d{1,2})\s*[月\-/.]\s*(\d{1,2})")]
    private static partial Regex ArabicDate();

    [GeneratedRegex(@"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")]
    private static partial Regex ChineseDate();
}
