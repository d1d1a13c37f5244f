using Extractor.Worker.Cli;

namespace Extractor.Worker.Tests.Cli;

public sealed class InputFilesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("extractor-input-files-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void List_TwoSymlinkLoops_EndsAndListsEachFileOnce()
    {
        var a = Directory.CreateDirectory(Path.Combine(_root, "a")).FullName;
        var b = Directory.CreateDirectory(Path.Combine(_root, "b")).FullName;
        File.WriteAllText(Path.Combine(a, "report.txt"), "x");
        File.WriteAllText(Path.Combine(b, "other.txt"), "y");
        Directory.CreateSymbolicLink(Path.Combine(a, "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(a, "to-b"), b);
        Directory.CreateSymbolicLink(Path.Combine(b, "to-a"), a);
        Directory.CreateSymbolicLink(Path.Combine(b, "self"), ".");
        File.CreateSymbolicLink(Path.Combine(b, "same-report.txt"), Path.Combine(a, "report.txt"));

        var files = InputFiles.List([_root], []);

        Assert.Equal(2, files.Count);
        Assert.Equal(["other.txt", "report.txt"], files.Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void List_SymlinkedFolderOutsideTheTree_IsFollowedOnce()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_root, "outside")).FullName;
        var tree = Directory.CreateDirectory(Path.Combine(_root, "tree")).FullName;
        File.WriteAllText(Path.Combine(outside, "r.html"), "x");
        Directory.CreateSymbolicLink(Path.Combine(tree, "l1"), outside);
        Directory.CreateSymbolicLink(Path.Combine(tree, "l2"), outside);

        var files = InputFiles.List([tree], []);

        Assert.Single(files);
    }

    [Fact]
    public void List_HiddenEntriesAndMissingPaths_AreSkippedAndReported()
    {
        File.WriteAllText(Path.Combine(_root, ".hidden.txt"), "x");
        Directory.CreateDirectory(Path.Combine(_root, ".git"));
        File.WriteAllText(Path.Combine(_root, ".git", "config.txt"), "x");
        File.WriteAllText(Path.Combine(_root, "b.txt"), "x");
        File.WriteAllText(Path.Combine(_root, "a.txt"), "x");
        var missing = new List<string>();

        var files = InputFiles.List([_root, Path.Combine(_root, "nope")], missing);

        Assert.Equal(["a.txt", "b.txt"], files.Select(Path.GetFileName));
        Assert.Equal([Path.Combine(_root, "nope")], missing);
    }
}
