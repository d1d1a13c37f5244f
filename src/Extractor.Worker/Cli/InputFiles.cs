namespace Extractor.Worker.Cli;

/// <summary>
/// Lists the files under the paths given to `parse`: folders recursively, hidden entries skipped, in ordinal order.
/// A folder is entered once by its real path, so symlink loops (a link to a parent, two links to each other) end
/// instead of growing paths without limit, and a file reached by two paths is read once.
/// </summary>
internal static class InputFiles
{
    /// <summary>The files under <paramref name="paths"/>; paths that do not exist go to <paramref name="missing"/>.</summary>
    public static List<string> List(IEnumerable<string> paths, List<string> missing)
    {
        var files = new List<string>();
        var seenFolders = new HashSet<string>(StringComparer.Ordinal);
        var seenFiles = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                var found = new List<string>();
                Walk(path, seenFolders, seenFiles, found);
                files.AddRange(found.Order(StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                if (seenFiles.Add(RealPath(path)))
                {
                    files.Add(path);
                }
            }
            else
            {
                missing.Add(path);
            }
        }

        return files;
    }

    private static void Walk(string folder, HashSet<string> seenFolders, HashSet<string> seenFiles, List<string> found)
    {
        // An explicit stack: a deep tree must not cost the call stack.
        var pending = new Stack<string>();
        pending.Push(folder);
        while (pending.Count > 0)
        {
            var current = pending.Pop();
            if (!seenFolders.Add(RealPath(current)))
            {
                continue;
            }

            IEnumerable<string> entries;
            try
            {
                entries = Directory.EnumerateFileSystemEntries(current).ToList();
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                continue;
            }

            foreach (var entry in entries)
            {
                if (Path.GetFileName(entry).StartsWith('.'))
                {
                    continue;
                }

                if (Directory.Exists(entry))
                {
                    pending.Push(entry);
                }
                else if (File.Exists(entry) && seenFiles.Add(RealPath(entry)))
                {
                    found.Add(entry);
                }
            }
        }
    }

    /// <summary>The path with every symbolic link resolved, or the full path when it cannot be resolved (a dangling link).</summary>
    internal static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        try
        {
            // Resolve the folder part link by link, then the final entry.
            var parent = Path.GetDirectoryName(full);
            var resolvedParent = parent is null ? null : RealPath(parent);
            var combined = resolvedParent is null ? full : Path.Combine(resolvedParent, Path.GetFileName(full));
            var info = new FileInfo(combined);
            return info.LinkTarget is null ? combined : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? combined;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return full;
        }
    }
}
