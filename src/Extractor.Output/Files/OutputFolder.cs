using Extractor.Output.Packaging;
using Extractor.Output.Tables;

namespace Extractor.Output.Files;

/// <summary>Decides whether a dataset may be written to a path: only into nothing, an empty folder, or a dataset the tool wrote.</summary>
internal static class OutputFolder
{
    public static OutputFolderState Inspect(string target)
    {
        if (File.Exists(target))
        {
            return OutputFolderState.NotAFolder;
        }

        if (!Directory.Exists(target))
        {
            return OutputFolderState.Absent;
        }

        var entries = Directory.EnumerateFileSystemEntries(target).ToList();
        if (entries.Count == 0)
        {
            return OutputFolderState.Empty;
        }

        if (FolderMarker.Has(target, FolderMarker.Dataset))
        {
            return OutputFolderState.Dataset;
        }

        // A dataset written before the marker existed: datapackage.json and nothing but our table files.
        var ours = DatasetTables.All.SelectMany(static t => new[] { t.Name + ".csv", t.Name + ".parquet" }).Append(DataPackageWriter.FileName).ToHashSet(StringComparer.Ordinal);
        return entries.Any(static e => Path.GetFileName(e) == DataPackageWriter.FileName)
            && entries.All(e => File.Exists(e) && ours.Contains(Path.GetFileName(e)))
            ? OutputFolderState.Dataset
            : OutputFolderState.Foreign;
    }

    /// <summary>Why a dataset may not be written to <paramref name="target"/>, or null when it may.</summary>
    public static string? Refusal(string target) => Inspect(target) switch
    {
        OutputFolderState.Foreign => $"{target} is a folder with files this tool did not write (no {FolderMarker.Dataset} marker); refusing to replace it. Choose a new or empty folder, or one written by an earlier run.",
        OutputFolderState.NotAFolder => $"{target} exists and is not a folder",
        _ => null,
    };
}
