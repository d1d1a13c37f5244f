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
    public void CreateTemp_Target_SiblingNamedAfterTarget()
    {
        var target = Path.Combine(_root, "out");

        var temp = AtomicDirectory.CreateTemp(target);

        Assert.Equal(_root, Path.GetDirectoryName(temp));
        Assert.StartsWith(target + ".tmp-", temp, StringComparison.Ordinal);
        Assert.True(Directory.Exists(temp));
    }
}
