using System.Text;
using System.Text.Json;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Worker.Tests.Cli;

public sealed class ParseCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extractor-parse-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RunAsync_FolderWithOneUnreadableFile_ReportsItAndProcessesTheRest()
    {
        File.Copy(TestPaths.Fixture("text", "101_pipe-cells-2021.txt"), Path.Combine(_folder, "a.txt"));
        File.Copy(TestPaths.Fixture("text", "105_pipe-cells-2019.txt"), Path.Combine(_folder, "c.txt"));
        await File.WriteAllBytesAsync(Path.Combine(_folder, "b.pdf"), Encoding.ASCII.GetBytes("%PDF-1.4\nthis is not a pdf body"));
        using var stdout = new MemoryStream();
        using var stderr = new StringWriter();

        var exit = await ParseCommand.RunAsync(["--json", _folder], stdout, stderr, CancellationToken.None);

        Assert.Equal(CommandLine.ExitSomeInputFailed, exit);
        var lines = Encoding.UTF8.GetString(stdout.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var statuses = lines.Select(static l => JsonDocument.Parse(l).RootElement.GetProperty("status").GetString()).ToList();
        Assert.Equal(["parsed", "failed", "parsed"], statuses);
        Assert.Contains("b.pdf", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("failed", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_JsonOutput_HasEveryContractKeyInOrder()
    {
        using var stdout = new MemoryStream();

        var exit = await ParseCommand.RunAsync(["--json", TestPaths.Fixture("text", "103_pipe-rows-blank-slash-2021.txt")], stdout, TextWriter.Null, CancellationToken.None);

        Assert.Equal(CommandLine.ExitOk, exit);
        var root = JsonDocument.Parse(stdout.ToArray()).RootElement;
        Assert.Equal(
            ["source", "status", "title", "agency", "agency_simplified", "year", "template", "script", "published_at", "sections", "cells", "checks", "diagnostics", "sections_at", "legacy_indicators", "statements"],
            root.EnumerateObject().Select(static p => p.Name));
        var blank = root.GetProperty("cells").EnumerateArray().First(static c => c.GetProperty("kind").GetString() == "blank");
        Assert.Equal(JsonValueKind.Null, blank.GetProperty("value").ValueKind);
        var na = root.GetProperty("cells").EnumerateArray().First(static c => c.GetProperty("kind").GetString() == "na");
        Assert.Equal("/", na.GetProperty("raw").GetString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("--json")]
    [InlineData("--bogus x")]
    [InlineData("x.txt")]
    public async Task RunAsync_BadUsage_ExitsTwo(string commandLine)
    {
        var args = commandLine.Split(' ', StringSplitOptions.RemoveEmptyEntries);

        var exit = await ParseCommand.RunAsync(args, Stream.Null, TextWriter.Null, CancellationToken.None);

        Assert.Equal(CommandLine.ExitUsage, exit);
    }

    [Fact]
    public async Task RunAsync_MissingPath_ExitsOneAndNamesIt()
    {
        using var stderr = new StringWriter();

        var exit = await ParseCommand.RunAsync(["--json", Path.Combine(_folder, "nope.txt")], Stream.Null, stderr, CancellationToken.None);

        Assert.Equal(CommandLine.ExitSomeInputFailed, exit);
        Assert.Contains("nope.txt", stderr.ToString(), StringComparison.Ordinal);
    }
}
