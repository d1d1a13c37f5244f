namespace Extractor.Site.Writing;

/// <summary>Where the report page links: the source as published, and the archived copy inside the site (or why none).</summary>
internal sealed record ReportLinks(string? Source, ArchiveLink Archive)
{
    public static ReportLinks For(string sourceUri, ArchiveLink archive)
    {
        // A URL (the crawl's, http(s) or file) is linked as it is; a bare path is a local file `parse` read, whose bytes
        // are the archived copy.
        string? source = null;
        if (sourceUri.Contains("://", StringComparison.Ordinal)
            && Uri.TryCreate(sourceUri, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file")
        {
            source = uri.AbsoluteUri;
        }

        return new(source, archive);
    }
}
