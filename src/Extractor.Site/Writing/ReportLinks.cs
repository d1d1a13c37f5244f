namespace Extractor.Site.Writing;

/// <summary>Where the report page links: the source as published and the archived copy, relative to the report page when local.</summary>
internal sealed record ReportLinks(string? Source, string? Archive)
{
    public static ReportLinks For(string sourceUri, string sha256, string siteDir, string? rawArchive)
    {
        // A URL (the crawl's, http(s) or file) is linked as it is; a bare path is a local file `parse` read.
        var isUrl = sourceUri.Contains("://", StringComparison.Ordinal);
        string? source = null;
        if (isUrl && Uri.TryCreate(sourceUri, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" or "file")
        {
            source = uri.AbsoluteUri;
        }

        string? archive = null;
        if (rawArchive is not null && sha256.Length > 2)
        {
            var stored = Path.Combine(rawArchive, sha256[..2], sha256[2..]);
            if (File.Exists(stored))
            {
                archive = Relative(siteDir, stored);
            }
        }

        // parse --out reads local files: the file read is the copy the figures come from.
        if (archive is null && !isUrl && sourceUri.Length > 0)
        {
            var local = Path.GetFullPath(sourceUri);
            if (File.Exists(local))
            {
                archive = Relative(siteDir, local);
            }
        }

        return new(source, archive);
    }

    private static string Relative(string siteDir, string file) =>
        string.Join('/', Path.GetRelativePath(Path.GetFullPath(siteDir), Path.GetFullPath(file)).Split(Path.DirectorySeparatorChar).Select(Uri.EscapeDataString));
}
