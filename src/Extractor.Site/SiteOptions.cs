namespace Extractor.Site;

/// <summary>Options of the site builder.</summary>
public sealed class SiteOptions
{
    /// <summary>
    /// The crawl's raw archive (<c>state/raw</c>, files named by SHA-256): when a report's bytes are there, its page links
    /// the archived copy. Null for datasets of local files, whose page links the file read.
    /// </summary>
    public string? RawArchiveFolder { get; init; }
}
