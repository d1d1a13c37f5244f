namespace Extractor.Worker.Crawling;

/// <summary>A link found on a page: its absolute URL (without fragment) and the text it is labelled with.</summary>
internal sealed record PageLink(Uri Url, string Text);
