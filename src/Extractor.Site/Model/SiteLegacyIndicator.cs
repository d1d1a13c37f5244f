namespace Extractor.Site.Model;

/// <summary>
/// A row of `legacy_indicators` (the pre-2019 statistics table); a value is null unless its kind is `number`. Raw and At
/// are the row's value text and location, shown on the report page where a check names the row.
/// </summary>
internal sealed record SiteLegacyIndicator(
    int Position,
    string Indicator,
    string? Label,
    string? Unit,
    decimal? ThisYear,
    string ThisYearKind,
    decimal? Cumulative,
    string CumulativeKind,
    string? Raw = null,
    string? At = null)
{
    /// <summary>
    /// The chart quantities a pre-2019 table gives: applications received, reviews and lawsuits of the year; null when
    /// the row is absent or not a number (a missing value is not 0).
    /// </summary>
    public static KeyQuantities Quantities(IReadOnlyList<SiteLegacyIndicator> rows)
    {
        return new(One("applications_received"), null, null, null, null, null, One("reviews"), One("lawsuits"));

        decimal? One(string key) =>
            rows.FirstOrDefault(r => r.Indicator == key) is { ThisYearKind: "number" } r ? r.ThisYear : null;
    }
}
