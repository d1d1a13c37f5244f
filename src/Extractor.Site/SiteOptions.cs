namespace Extractor.Site;

/// <summary>Options of the site builder.</summary>
public sealed class SiteOptions
{
    /// <summary>
    /// The crawl's raw archive (<c>state/raw</c>, files named by SHA-256): when a report's bytes are there, they are copied
    /// into the site and its page links the copy. Null for datasets of local files, whose file read is copied instead.
    /// </summary>
    public string? RawArchiveFolder { get; init; }

    /// <summary>
    /// The largest archived file copied into the site (<c>archive/</c>), 25 MiB by default; a larger one is not copied and
    /// its report page says so with both sizes.
    /// </summary>
    public long ArchiveMaxBytes { get; init; } = 25L * 1024 * 1024;
}
