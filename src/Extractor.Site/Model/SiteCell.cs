namespace Extractor.Site.Model;

/// <summary>A row of `cells`.</summary>
internal sealed record SiteCell(string Table, string Row, string Col, string Kind, decimal? Value, string? Raw, string? Unit, string? At)
{
    public string Ref => $"{Table}/{Row}/{Col}";
}
