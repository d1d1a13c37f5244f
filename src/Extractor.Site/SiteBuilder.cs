using Extractor.Site.Reading;
using Extractor.Site.Writing;

namespace Extractor.Site;

/// <summary>
/// Builds the watchdog site (static, offline, self-contained HTML) from a dataset folder written by <c>parse --out</c> or
/// a crawl. It reads the dataset files (Parquet, else CSV), never the readers, so it also works on merged datasets.
/// </summary>
public static class SiteBuilder
{
    /// <summary>The file that marks a folder as a site this tool wrote, so a rebuild may replace it.</summary>
    public const string MarkerFile = ".extractor-site";

    /// <summary>
    /// Writes the site for <paramref name="datasetDir"/> into <paramref name="siteDir"/> (built beside it, then swapped in)
    /// and returns the number of reports. Throws <see cref="FileNotFoundException"/> when the folder holds no reports
    /// dataset and <see cref="IOException"/> when <paramref name="siteDir"/> holds files this tool did not write.
    /// </summary>
    public static async Task<int> BuildAsync(string datasetDir, string siteDir, CancellationToken cancellationToken, SiteOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(datasetDir);
        ArgumentException.ThrowIfNullOrEmpty(siteDir);
        var loader = new DatasetLoader(datasetDir);
        if (!Directory.Exists(datasetDir) || !loader.HasReports)
        {
            throw new FileNotFoundException($"{datasetDir} holds no reports.parquet or reports.csv; give a folder written by `parse --out` or `run`.");
        }

        var target = Path.GetFullPath(siteDir);
        SiteFolder.EnsureReplaceable(target);
        var build = SiteFolder.CreateBuildFolder(target);
        try
        {
            await SiteAssets.CopyAsync(build, cancellationToken).ConfigureAwait(false);
            var count = await new SiteWriter(loader, options ?? new SiteOptions()).WriteAsync(build, cancellationToken).ConfigureAwait(false);
            await File.WriteAllTextAsync(Path.Combine(build, MarkerFile), "Written by extractor report; rebuilt from the datasets on each run.\n", cancellationToken).ConfigureAwait(false);
            SiteFolder.SwapIn(build, target);
            return count;
        }
        catch
        {
            SiteFolder.TryDelete(build);
            throw;
        }
    }
}
