using System.Diagnostics;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Xunit.Abstractions;

namespace Extractor.Worker.Tests.Cli;

/// <summary>`parse --out` never deletes or moves what it did not write, and ends output failures with a message and exit 1.</summary>
public sealed class OutputSafetyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("extractor-out-safety-").FullName;
    private readonly string _input = TestPaths.Fixture("text", "101_pipe-cells-2021.txt");
    private readonly ITestOutputHelper _output;

    public OutputSafetyTests(ITestOutputHelper output) => _output = output;

    public void Dispose()
    {
        var mount = Path.Combine(_root, "mnt");
        if (Directory.Exists(mount))
        {
            // Lazy: detaches even while the runtime still holds something open there. Twice for bind + remount.
            Run("umount", "-l", mount);
            Run("umount", "-l", mount);
            Run("chattr", "-i", mount);
        }

        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task Parse_OutIntoAFolderOfUserFiles_IsRefusedWithExitTwoAndDeletesNothing()
    {
        var target = Path.Combine(_root, "mine");
        Directory.CreateDirectory(Path.Combine(target, "sub"));
        File.WriteAllText(Path.Combine(target, "notes.txt"), "mine");
        File.WriteAllText(Path.Combine(target, "sub", "thesis.docx"), "mine too");
        var before = Snapshot(_root);
        using var stderr = new StringWriter();

        var exit = await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, stderr, CancellationToken.None);

        Assert.Equal(CommandLine.ExitUsage, exit);
        Assert.Contains("did not write", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(_root));
    }

    [Fact]
    public async Task Parse_OutTwice_ReplacesItsOwnDatasetAndLeavesOnlyIt()
    {
        var target = Path.Combine(_root, "out");

        Assert.Equal(CommandLine.ExitOk, await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, TextWriter.Null, CancellationToken.None));
        Directory.CreateDirectory(target);
        Assert.Equal(CommandLine.ExitOk, await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, TextWriter.Null, CancellationToken.None));

        Assert.True(File.Exists(Path.Combine(target, ".extractor-dataset")));
        Assert.True(File.Exists(Path.Combine(target, "cells.parquet")));
        Assert.Equal([target], Directory.GetDirectories(_root));
    }

    [Fact]
    public async Task Parse_OutIntoAnEmptyFolder_WritesTheDataset()
    {
        var target = Directory.CreateDirectory(Path.Combine(_root, "empty")).FullName;

        var exit = await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(CommandLine.ExitOk, exit);
        Assert.True(File.Exists(Path.Combine(target, "datapackage.json")));
    }

    [Fact]
    public async Task Parse_SiblingsNamedLikeTemporaryOrBackupFolders_AreNeverMovedOrDeleted()
    {
        var target = Path.Combine(_root, "out");
        foreach (var sibling in new[] { target + ".tmp-2023", target + ".old-2023", target + ".old-abc" })
        {
            Directory.CreateDirectory(sibling);
            File.WriteAllText(Path.Combine(sibling, "keep.txt"), "user data");
            Directory.SetLastWriteTimeUtc(sibling, DateTime.UtcNow.AddDays(-30));
        }

        var before = Snapshot(_root);

        var exit = await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(CommandLine.ExitOk, exit);
        var after = Snapshot(_root);
        Assert.NotEmpty(before);
        Assert.All(before, entry => Assert.Contains(entry, after));
    }

    [Fact]
    public async Task Parse_OutIsAFile_EndsWithAMessageAndExitOneAndKeepsTheFile()
    {
        var target = Path.Combine(_root, "report.csv");
        File.WriteAllText(target, "user file");
        using var stderr = new StringWriter();

        var exit = await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, stderr, CancellationToken.None);

        Assert.Equal(CommandLine.ExitSomeInputFailed, exit);
        Assert.Contains("not a folder", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal("user file", File.ReadAllText(target));
        Assert.Equal([target], Directory.GetFileSystemEntries(_root));
    }

    [Fact]
    public async Task Parse_OutOnAReadOnlyFileSystem_EndsWithExitOneAndThePreviousDatasetIntact()
    {
        var mount = Path.Combine(_root, "mnt");
        var target = Path.Combine(mount, "out");
        Directory.CreateDirectory(mount);
        Assert.Equal(CommandLine.ExitOk, await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, TextWriter.Null, CancellationToken.None));
        var before = Snapshot(mount, withContent: true);

        // A read-only bind mount of the folder itself, else the immutable attribute (both stop root too).
        var how = Run("mount", "--bind", "-o", "ro", mount, mount) && Run("mount", "-o", "remount,ro,bind", mount) ? "read-only bind mount" : Run("chattr", "+i", mount) ? "chattr +i" : null;
        if (how is null || CanWrite(mount))
        {
            _output.WriteLine("SKIPPED: neither a read-only bind mount nor chattr +i is available here");
            return;
        }

        using var stderr = new StringWriter();
        var exit = await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, stderr, CancellationToken.None);

        _output.WriteLine($"{how}: {stderr}");
        Assert.Equal(CommandLine.ExitSomeInputFailed, exit);
        Assert.Contains("cannot write the datasets", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(mount, withContent: true));
    }

    [Fact]
    public async Task Parse_OutOnAFullDisk_EndsWithExitOneAndThePreviousDatasetIntact()
    {
        var mount = Path.Combine(_root, "mnt");
        Directory.CreateDirectory(mount);
        if (!Run("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount))
        {
            _output.WriteLine("SKIPPED: cannot mount a small tmpfs here");
            return;
        }

        var target = Path.Combine(mount, "out");
        Assert.Equal(CommandLine.ExitOk, await ParseCommand.RunAsync(["--out", target, _input], Stream.Null, TextWriter.Null, CancellationToken.None));
        var before = Snapshot(mount, withContent: true);

        // Fill the disk, leaving less than a dataset needs.
        using (var filler = File.Create(Path.Combine(mount, "filler")))
        {
            var block = new byte[64 * 1024];
            try
            {
                while (true)
                {
                    filler.Write(block);
                    filler.Flush();
                }
            }
            catch (IOException)
            {
            }
        }

        File.Delete(Path.Combine(mount, "filler"));
        File.WriteAllBytes(Path.Combine(mount, "filler"), new byte[(int)Math.Max(0, new DriveInfo(mount).AvailableFreeSpace - (32 * 1024))]);
        before = Snapshot(mount, withContent: true);
        using var stderr = new StringWriter();

        var exit = await ParseCommand.RunAsync(["--out", target, TestPaths.Fixture("text")], Stream.Null, stderr, CancellationToken.None);

        _output.WriteLine(stderr.ToString());
        Assert.Equal(CommandLine.ExitSomeInputFailed, exit);
        Assert.Contains("cannot write the datasets", stderr.ToString(), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(mount, withContent: true));
    }

    private static bool CanWrite(string folder)
    {
        try
        {
            var probe = Path.Combine(folder, ".probe");
            File.WriteAllText(probe, string.Empty);
            File.Delete(probe);
            return true;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static List<string> Snapshot(string folder, bool withContent = false) =>
        [.. Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories)
            .Select(e => Path.GetRelativePath(folder, e) + (withContent && File.Exists(e) ? ":" + Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(e))) : string.Empty))
            .Order(StringComparer.Ordinal)];

    private static bool Run(string command, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo(command) { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            using var process = Process.Start(start)!;
            process.WaitForExit();
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
