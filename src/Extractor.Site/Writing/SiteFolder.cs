namespace Extractor.Site.Writing;

/// <summary>
/// Replaces a site folder as a whole: the new site is built in a sibling folder and renamed in, so a crash never leaves a
/// half-written site, and a folder that is not a site of ours is never touched.
/// </summary>
internal static class SiteFolder
{
    public static void EnsureReplaceable(string target)
    {
        if (File.Exists(target))
        {
            throw new IOException($"{target} is a file, not a folder; choose another --out.");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any()
            && !File.Exists(Path.Combine(target, SiteBuilder.MarkerFile)))
        {
            throw new IOException($"{target} holds files this tool did not write; it is left as it is. Choose an empty or new folder.");
        }
    }

    public static string CreateBuildFolder(string target)
    {
        var parent = Path.GetDirectoryName(target) ?? throw new IOException($"{target} has no parent folder.");
        Directory.CreateDirectory(parent);
        var build = Path.Combine(parent, $"{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        Directory.CreateDirectory(build);
        return build;
    }

    public static void SwapIn(string build, string target)
    {
        string? old = null;
        if (Directory.Exists(target))
        {
            old = $"{target}.old-{Guid.NewGuid():N}";
            Directory.Move(target, old);
        }

        Directory.Move(build, target);
        if (old is not null)
        {
            TryDelete(old);
        }
    }

    public static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the target is already right.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
