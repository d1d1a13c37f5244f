namespace Extractor.Html.Metadata;

/// <summary>What the page states about the report outside its body.</summary>
/// <param name="Title">The article title, without the site name.</param>
/// <param name="PublishedAt">The publication date as yyyy-MM-dd.</param>
/// <param name="Agency">The publishing agency.</param>
internal sealed record PageMetadata(string? Title, string? PublishedAt, string? Agency);
