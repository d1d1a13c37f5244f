using Extractor.Worker.Publishing;

namespace Extractor.Worker.Tests.Cli;

public sealed class SpoolFileTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("extractor-spool-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Create_SpoolOfAKilledRun_IsDeletedAndOthersKept()
    {
        // Process ids are below 2^22 on Linux; this one cannot be running.
        var dead = Path.Combine(_root, "extractor-parse-99999999-0123456789abcdef.jsonl");
        var alive = Path.Combine(_root, $"extractor-parse-{Environment.ProcessId}-0123456789abcdef.jsonl");
        var oldNaming = Path.Combine(_root, "extractor-parse-0123456789abcdef0123456789abcdef.jsonl");
        var unrelated = Path.Combine(_root, "extractor-parse-notes.txt");
        foreach (var file in new[] { dead, alive, oldNaming, unrelated })
        {
            File.WriteAllText(file, "{}");
        }

        var spool = SpoolFile.Create(_root);

        Assert.False(File.Exists(dead));
        Assert.True(File.Exists(alive));
        Assert.True(File.Exists(oldNaming));
        Assert.True(File.Exists(unrelated));
        Assert.StartsWith(Path.Combine(_root, $"extractor-parse-{Environment.ProcessId}-"), spool, StringComparison.Ordinal);
    }
}
