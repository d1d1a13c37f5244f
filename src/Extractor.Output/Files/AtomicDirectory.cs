namespace Extractor.Output.Files;

/// <summary>
/// Replaces a folder as a whole: the new content is written into `&lt;dir&gt;.tmp-&lt;guid&gt;` beside it and swapped in
/// with renames, so readers see the old dataset or the new one, never a mix or a half-written file.
/// </summary>
internal static class AtomicDirectory
{
    /// <summary>A fresh, empty temporary folder beside <paramref name="target"/> (same parent, so renames stay on one file system).</summary>
    public static string CreateTemp(string target)
    {
        var temp = $"{target}.tmp-{Guid.NewGuid():N}";
        Directory.CreateDirectory(temp);
        return temp;
    }

    /// <summary>Moves <paramref name="temp"/> to <paramref name="target"/>: the old folder is renamed away, the new one renamed in, then the old one deleted.</summary>
    public static void Swap(string temp, string target)
    {
        if (!Directory.Exists(target))
        {
            Directory.Move(temp, target);
            return;
        }

        var old = $"{target}.old-{Guid.NewGuid():N}";
        Directory.Move(target, old);
        try
        {
            Directory.Move(temp, target);
        }
        catch
        {
            // Put the last good dataset back before reporting the failure.
            Directory.Move(old, target);
            throw;
        }

        TryDelete(old);
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
