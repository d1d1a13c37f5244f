namespace Extractor.Site.Model;

/// <summary>A row of `sections` that has text.</summary>
internal sealed record SiteSection(string Section, string Text);
