namespace Extractor.Site.Writing;

/// <summary>
/// The archived copy a report page links (<see cref="Href"/>, relative to the site root) or why it has none, with the
/// sizes the page states.
/// </summary>
internal sealed record ArchiveLink(string? Href, string State, long? Bytes, long? MaxBytes)
{
    /// <summary>Copied into the site; <see cref="Href"/> opens it.</summary>
    public const string Copied = "copied";

    /// <summary>Neither the crawl's raw archive nor the file read holds the bytes (or the dataset names no file).</summary>
    public const string Missing = "none";

    /// <summary>Larger than <see cref="SiteOptions.ArchiveMaxBytes"/>: not copied, the page says so.</summary>
    public const string TooLarge = "too_large";

    /// <summary>The file at the source path is no longer the bytes that were read (SHA-256 differs): not copied.</summary>
    public const string Changed = "changed";

    public static ArchiveLink None { get; } = new(null, Missing, null, null);
}
