using Extractor.Output.Files;

namespace Extractor.Output.Tests.Files;

public sealed class AtomicDirectoryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-atomic-tests", Guid.NewGuid().ToString("N"));

    public AtomicDirectoryTests()
    {
        Directory.CreateDirectory(_root);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Swap_TargetExists_ReplacesItAndLeavesNoOtherFolder()
    {
        var target = Path.Combine(_root, "out");
        Directory.CreateDirectory(target);
        File.WriteAllText(Path.Combine(target, "a.txt"), "old");
        var temp = AtomicDirectory.CreateTemp(target);
        File.WriteAllText(Path.Combine(temp, "b.txt"), "new");

        AtomicDirectory.Swap(temp, target);

        Assert.Equal([".extractor-dataset", "b.txt"], Directory.GetFiles(target).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Equal([target], Directory.GetDirectories(_root));
    }

    [Fact]
    public void Recover_KilledBetweenTheRenames_PutsTheLastGoodDatasetBackAndDropsStaleFolders()
    {
        var target = Path.Combine(_root, "out");
        var old = Directory.CreateDirectory(target + ".old-1234");
        File.WriteAllText(Path.Combine(old.FullName, "a.txt"), "last good");
        FolderMarker.Write(old.FullName, FolderMarker.Backup);
        var stale = Directory.CreateDirectory(target + ".tmp-stale");
        FolderMarker.Write(stale.FullName, FolderMarker.Temporary);
        stale.LastWriteTimeUtc = DateTime.UtcNow.AddDays(-1);
        var busy = Directory.CreateDirectory(target + ".tmp-busy");
        FolderMarker.Write(busy.FullName, FolderMarker.Temporary);

        AtomicDirectory.Recover(target, TimeSpan.FromHours(1));

        Assert.Equal("last good", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.False(File.Exists(Path.Combine(target, FolderMarker.Backup)));
        Assert.False(Directory.Exists(stale.FullName));
        Assert.True(Directory.Exists(busy.FullName), "a temporary folder still being written is left alone");
        Assert.False(Directory.Exists(old.FullName));
    }

    [Fact]
    public void Recover_UnmarkedFoldersNamedLikeOurs_AreNeverMovedOrDeleted()
    {
        var target = Path.Combine(_root, "out");
        var old = Directory.CreateDirectory(target + ".old-2023");
        File.WriteAllText(Path.Combine(old.FullName, "a.txt"), "user");
        var temp = Directory.CreateDirectory(target + ".tmp-2023");
        File.WriteAllText(Path.Combine(temp.FullName, ".extractor-temporary"), "out.tmp-other\n");
        old.LastWriteTimeUtc = temp.LastWriteTimeUtc = DateTime.UtcNow.AddDays(-30);

        AtomicDirectory.Recover(target, TimeSpan.FromHours(1));

        Assert.False(Directory.Exists(target));
        Assert.True(File.Exists(Path.Combine(old.FullName, "a.txt")));
        Assert.True(Directory.Exists(temp.FullName), "a marker naming another folder is a copy, not ours");
    }

    [Fact]
    public void CreateTemp_Target_SiblingNamedAfterTarget()
    {
        var target = Path.Combine(_root, "out");

        var temp = AtomicDirectory.CreateTemp(target);

        Assert.Equal(_root, Path.GetDirectoryName(temp));
        Assert.StartsWith(target + ".tmp-", temp, StringComparison.Ordinal);
        Assert.True(Directory.Exists(temp));
    }
}
