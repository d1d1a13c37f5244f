namespace Extractor.Worker.State;

/// <summary>A link found on a page, to be queued unless already known.</summary>
internal sealed record DiscoveredLink(string Url, string Source, FrontierKind Kind, int Page);
