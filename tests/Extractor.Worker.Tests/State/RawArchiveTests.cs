using System.Security.Cryptography;
using Extractor.Worker.State;

namespace Extractor.Worker.Tests.State;

public sealed class RawArchiveTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("extractor-archive-").FullName;

    [Fact]
    public async Task Put_ManyWritersOfTheSameBytesAtOnce_OneCompleteEntryAndNoTempFilesLeft()
    {
        // Two archives on one folder stand for two workers on a shared path; each writes the same document 16 times at once.
        var content = RandomNumberGenerator.GetBytes(256 * 1024);
        var archives = new[] { new RawArchive(_folder), new RawArchive(_folder) };
        using var start = new ManualResetEventSlim();
        var writers = Enumerable.Range(0, 32).Select(i => Task.Run(() =>
        {
            start.Wait();
            return archives[i % 2].Put(content);
        })).ToList();
        start.Set();
        var hashes = await Task.WhenAll(writers);

        var sha = Assert.Single(hashes.Distinct());
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(content)), sha);
        Assert.Equal(content, archives[1].Get(sha));
        var files = Directory.GetFiles(Path.Combine(_folder, "raw"), "*", SearchOption.AllDirectories);
        Assert.Equal([archives[0].PathOf(sha)], files);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
