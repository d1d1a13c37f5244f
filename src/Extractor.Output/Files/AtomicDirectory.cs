namespace Extractor.Output.Files;

/// <summary>
/// Replaces a folder as a whole: the new content is written into `&lt;dir&gt;.tmp-&lt;guid&gt;` beside it and swapped in
/// with renames, so readers see the old dataset or the new one, never a mix or a half-written file. The temporary and
/// backup folders carry a <see cref="FolderMarker"/>; only folders that carry it are ever moved or deleted.
/// </summary>
internal static class AtomicDirectory
{
    /// <summary>A fresh, empty temporary folder beside <paramref name="target"/> (same parent, so renames stay on one file system), marked as ours.</summary>
    public static string CreateTemp(string target)
    {
        var temp = $"{target}.tmp-{Guid.NewGuid():N}";
        Directory.CreateDirectory(temp);
        try
        {
            FolderMarker.Write(temp, FolderMarker.Temporary);
            FolderMarker.Write(temp, FolderMarker.Dataset);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }

        return temp;
    }

    /// <summary>Moves <paramref name="temp"/> to <paramref name="target"/>: the old folder is renamed away, the new one renamed in, then the old one deleted.</summary>
    public static void Swap(string temp, string target)
    {
        FolderMarker.Remove(temp, FolderMarker.Temporary);
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return;
        }

        var old = $"{target}.old-{Guid.NewGuid():N}";
        File.WriteAllText(Path.Combine(target, FolderMarker.Backup), Path.GetFileName(old) + "\n");
        try
        {
            Directory.Move(target, old);
        }
        catch
        {
            FolderMarker.Remove(target, FolderMarker.Backup);
            throw;
        }

        try
        {
            Directory.Move(temp, target);
        }
        catch
        {
            // Put the last good dataset back before reporting the failure.
            Directory.Move(old, target);
            FolderMarker.Remove(target, FolderMarker.Backup);
            throw;
        }

        TryDelete(old);
    }

    /// <summary>
    /// Cleans up after a process killed mid-write: a dataset left renamed away between the two renames of
    /// <see cref="Swap"/> is put back, and temporary or backup folders of earlier runs (older than <paramref name="staleAfter"/>,
    /// so that a writer still at work is left alone) are deleted. Folders without the matching marker are never touched.
    /// </summary>
    public static void Recover(string target, TimeSpan staleAfter)
    {
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        var olds = Directory.GetDirectories(parent, name + ".old-*")
            .Where(static d => FolderMarker.Has(d, FolderMarker.Backup))
            .Select(static d => new DirectoryInfo(d))
            .OrderByDescending(static d => d.LastWriteTimeUtc)
            .ToList();
        if (!Directory.Exists(target) && !File.Exists(target) && olds.Count > 0)
        {
            Directory.Move(olds[0].FullName, target);
            FolderMarker.Remove(target, FolderMarker.Backup);
            olds.RemoveAt(0);
        }

        var temps = Directory.GetDirectories(parent, name + ".tmp-*")
            .Where(static d => FolderMarker.Has(d, FolderMarker.Temporary))
            .Select(static d => new DirectoryInfo(d));
        var cutoff = DateTime.UtcNow - staleAfter;
        foreach (var leftover in olds.Concat(temps))
        {
            if (leftover.LastWriteTimeUtc < cutoff)
            {
                TryDelete(leftover.FullName);
            }
        }
    }

    /// <summary>Deletes a folder and its content, ignoring a failure: a leftover temporary folder must not hide the error that caused it.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
