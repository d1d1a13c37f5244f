namespace Extractor.Site.Writing;

/// <summary>Copies the pages, styles, scripts and the vendored chart library (embedded resources named <c>site/…</c>).</summary>
internal static class SiteAssets
{
    private const string Prefix = "site/";

    public static IEnumerable<string> Names =>
        typeof(SiteAssets).Assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    public static async Task CopyAsync(string folder, CancellationToken ct)
    {
        foreach (var name in Names)
        {
            var path = Path.Combine(folder, name[Prefix.Length..].Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using var source = typeof(SiteAssets).Assembly.GetManifestResourceStream(name)!;
            await using var target = File.Create(path);
            await source.CopyToAsync(target, ct).ConfigureAwait(false);
        }
    }
}
