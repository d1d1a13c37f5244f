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

        Assert.Equal(["b.txt"], Directory.GetFiles(target).Select(Path.GetFileName));
        Assert.Equal([target], Directory.GetDirectories(_root));
    }

    [Fact]
    public void Recover_KilledBetweenTheRenames_PutsTheLastGoodDatasetBackAndDropsStaleFolders()
    {
        var target = Path.Combine(_root, "out");
        var old = Directory.CreateDirectory(target + ".old-1234");
        File.WriteAllText(Path.Combine(old.FullName, "a.txt"), "last good");
        var stale = Directory.CreateDirectory(target + ".tmp-stale");
        stale.LastWriteTimeUtc = DateTime.UtcNow.AddDays(-1);
        var busy = Directory.CreateDirectory(target + ".tmp-busy");

        AtomicDirectory.Recover(target, TimeSpan.FromHours(1));

        Assert.Equal("last good", File.ReadAllText(Path.Combine(target, "a.txt")));
        Assert.False(Directory.Exists(stale.FullName));
        Assert.True(Directory.Exists(busy.FullName), "a temporary folder still being written is left alone");
        Assert.False(Directory.Exists(old.FullName));
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
