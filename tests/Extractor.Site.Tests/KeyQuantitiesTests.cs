using Extractor.Site.Model;

namespace Extractor.Site.Tests;

/// <summary>The agency charts' quantities: never a 0 the report did not state.</summary>
public sealed class KeyQuantitiesTests
{
    [Fact]
    public void From_NumbersAndBlanks_SumsAsTheChecksDo_AndLeavesUnknownsOut()
    {
        SiteCell[] cells =
        [
            Cell("applications", "new_received", "number", 13),
            Cell("applications", "total_processed", "blank", null),
            Cell("applications", "withheld_state_secret", "number", 2),
            Cell("applications", "withheld_third_party", "blank", null),
            Cell("applications", "unavailable_not_held", "blank", null),
            Cell("applications", "unavailable_unclear", "na", null),
            Cell("appeals", "review", "number", 4),
            Cell("appeals", "litigation_direct", "number", 1),
            Cell("appeals", "litigation_after_review", "text", null),
        ];

        var q = KeyQuantities.From(cells);

        Assert.Equal(13m, q.Received);
        Assert.Null(q.Processed);      // blank: not drawn as 0
        Assert.Equal(2m, q.Withheld);  // 2 + blank(0)
        Assert.Null(q.Unavailable);    // wholly blank or n/a
        Assert.Equal(4m, q.Reviews);
        Assert.Null(q.Lawsuits);       // a text cell makes the sum unknown
        Assert.Null(q.Granted);        // absent
    }

    private static SiteCell Cell(string table, string row, string kind, decimal? value) =>
        new(table, row, "total", kind, value, value?.ToString(System.Globalization.CultureInfo.InvariantCulture), null, "test");
}
