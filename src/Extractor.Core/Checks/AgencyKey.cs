using System.Globalization;
using System.Text;

namespace Extractor.Core.Checks;

/// <summary>The key that matches one agency's reports across years: its simplified name without whitespace, brackets or punctuation.</summary>
internal static class AgencyKey
{
    /// <summary>
    /// Normalises <paramref name="agencySimplified"/>; null or empty when there is nothing to match on.
    /// Full-width letters and digits fold to half-width so 平潭（管委会） and 平潭(管委会) agree.
    /// </summary>
    public static string? From(string? agencySimplified)
    {
        if (string.IsNullOrWhiteSpace(agencySimplified))
        {
            return null;
        }

        var sb = new StringBuilder(agencySimplified.Length);
        foreach (var ch in agencySimplified.Normalize(NormalizationForm.FormKC))
        {
            var category = char.GetUnicodeCategory(ch);
            if (char.IsWhiteSpace(ch) || char.IsPunctuation(ch) || char.IsSymbol(ch) || category == UnicodeCategory.Format)
            {
                continue;
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.Length == 0 ? null : sb.ToString();
    }
}
