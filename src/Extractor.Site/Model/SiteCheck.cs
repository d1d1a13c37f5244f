namespace Extractor.Site.Model;

/// <summary>A row of `checks`; <see cref="Evidence"/> is the JSON array as the dataset holds it.</summary>
internal sealed record SiteCheck(
    string Rule,
    string Scope,
    string Outcome,
    string Severity,
    decimal? Expected,
    decimal? Actual,
    string? Message,
    IReadOnlyList<string> Cells,
    string? Evidence)
{
    public bool IsCrossYear => Rule.StartsWith("X-", StringComparison.Ordinal);
}
