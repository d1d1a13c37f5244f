namespace Extractor.Site.Model;

/// <summary>
/// The quantities the agency page charts, from the `total` column of tables 三 and 四; null when a participant is not
/// a number (a blank or missing cell is not 0 on a chart either).
/// </summary>
internal sealed record KeyQuantities(
    decimal? Received,
    decimal? Processed,
    decimal? Granted,
    decimal? PartiallyGranted,
    decimal? Withheld,
    decimal? Unavailable,
    decimal? Reviews,
    decimal? Lawsuits)
{
    public static KeyQuantities From(IReadOnlyList<SiteCell> cells)
    {
        var totals = new Dictionary<string, SiteCell>(StringComparer.Ordinal);
        foreach (var c in cells)
        {
            if (c.Col == "total")
            {
                totals.TryAdd($"{c.Table}/{c.Row}", c);
            }
        }

        return new(
            One("applications/new_received"),
            One("applications/total_processed"),
            One("applications/granted"),
            One("applications/partially_granted"),
            Sum("applications/withheld_"),
            Sum("applications/unavailable_"),
            One("appeals/review"),
            Sum("appeals/litigation_"));

        decimal? One(string key) => totals.TryGetValue(key, out var c) ? Number(c) : null;

        // Every row of the group must be a number or blank/na (counted as 0, as the checks do, when some row of the
        // group holds a number); any text or missing cell, or a group left wholly blank, makes the sum unknown.
        decimal? Sum(string prefix)
        {
            decimal sum = 0;
            var any = false;
            var numbers = false;
            foreach (var (key, c) in totals)
            {
                if (!key.StartsWith(prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                any = true;
                switch (c.Kind)
                {
                    case "number" when c.Value is { } v:
                        sum += v;
                        numbers = true;
                        break;
                    case "blank" or "na":
                        break;
                    default:
                        return null;
                }
            }

            return any && numbers ? sum : null;
        }
    }

    private static decimal? Number(SiteCell c) => c.Kind == "number" ? c.Value : null;
}
