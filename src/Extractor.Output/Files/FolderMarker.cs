namespace Extractor.Output.Files;

/// <summary>
/// Files the writer puts into the folders it creates, so that it later touches only those: a folder is recognised as
/// ours by a marker holding the folder's own name, never by its name alone (a user's `out.old-2023` stays untouched,
/// and a copy of one of our folders under another name is no longer ours).
/// </summary>
internal static class FolderMarker
{
    /// <summary>In every dataset folder (and the temporary folder that becomes one).</summary>
    public const string Dataset = ".extractor-dataset";

    /// <summary>In a temporary folder being written; removed just before it is renamed into place.</summary>
    public const string Temporary = ".extractor-temporary";

    /// <summary>In a dataset folder renamed away during a swap; removed if it is put back.</summary>
    public const string Backup = ".extractor-backup";

    /// <summary>Writes <paramref name="marker"/> into <paramref name="folder"/>, naming the folder (the dataset marker: a fixed text).</summary>
    public static void Write(string folder, string marker) =>
        File.WriteAllText(
            Path.Combine(folder, marker),
            marker == Dataset
                ? "This folder is a dataset written by extractor; `parse --out` and the crawl replace it as a whole.\n" // the same in every dataset, so that two runs give identical files
                : Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)) + "\n");

    /// <summary>True when <paramref name="folder"/> holds <paramref name="marker"/> (for <see cref="Dataset"/>, any content; else naming this folder).</summary>
    public static bool Has(string folder, string marker)
    {
        var path = Path.Combine(folder, marker);
        try
        {
            return File.Exists(path)
                && (marker == Dataset || File.ReadAllText(path).Trim() == Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    /// <summary>Deletes <paramref name="marker"/> from <paramref name="folder"/> if present.</summary>
    public static void Remove(string folder, string marker) => File.Delete(Path.Combine(folder, marker));
}
