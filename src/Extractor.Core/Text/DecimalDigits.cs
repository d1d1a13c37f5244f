using System.Globalization;

namespace Extractor.Core.Text;

/// <summary>
/// Reads runs of decimal digits of any script: .NET's <c>\d</c> matches full-width (５) and other Unicode digits,
/// which <see cref="int.Parse(string)"/> refuses, so every regex-matched number goes through here.
/// </summary>
internal static class DecimalDigits
{
    /// <summary>The value of <paramref name="digits"/>, or null when it is empty, holds a non-digit or exceeds int.</summary>
    public static int? ToInt(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty)
        {
            return null;
        }

        long value = 0;
        foreach (var c in digits)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return null;
            }

            value = (value * 10) + digit;
            if (value > int.MaxValue)
            {
                return null;
            }
        }

        return (int)value;
    }
}
