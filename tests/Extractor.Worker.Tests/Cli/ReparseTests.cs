using Extractor.Worker.Tests.Mocks;

namespace Extractor.Worker.Tests.Cli;

public sealed class ReparseTests
{
    [Fact]
    public async Task RunReparse_OneSqliteWorker_RereadsEveryArchivedReportWithoutARequestAndRepublishes()
    {
        var site = new StaticSite(TestPipeline.DemoSite);
        await using var server = new TestSiteServer(site.HandleAsync);
        using var pipeline = new TestPipeline(server.BaseUri + "index.html");
        var (crawlExit, _) = await WorkerProcess.RunAsync("run", "--once", "--config", pipeline.ConfigPath);
        var expected = pipeline.Versions();
        var before = Path.Combine(pipeline.Folder, "before");
        Directory.CreateDirectory(before);
        foreach (var file in Directory.GetFiles(Path.Combine(pipeline.Folder, "out")))
        {
            File.Copy(file, Path.Combine(before, Path.GetFileName(file)));
        }

        // A stale stored result (another report's JSON), as an older reader could have left it.
        var ids = pipeline.Query("SELECT v.id FROM versions v JOIN frontier f ON f.url = v.url AND f.sha256 = v.sha256 ORDER BY v.id", r => r.GetInt64(0));
        Assert.True(ids.Count >= 4);
        pipeline.Query($"UPDATE versions SET result_json = (SELECT result_json FROM versions WHERE id = {ids[1]}) WHERE id = {ids[0]} RETURNING id", r => r.GetInt64(0));
        Assert.NotEqual(expected, pipeline.Versions());
        var requests = server.Requests.Count;

        var (exit, errors) = await WorkerProcess.RunAsync("run", "--reparse", "--config", pipeline.ConfigPath);

        Assert.Equal(crawlExit, exit);
        Assert.Contains($"Re-read {ids.Count} archived documents", errors, StringComparison.Ordinal);
        Assert.Equal(requests, server.Requests.Count);
        Assert.Equal(expected, pipeline.Versions());
        Assert.Equal([ids.Count], pipeline.Query("SELECT COUNT(*) FROM versions WHERE reparsed_run = 1", r => r.GetInt32(0)));
        await DatasetFiles.AssertSameAsync(before, Path.Combine(pipeline.Folder, "out"));
    }

    [Fact]
    public async Task RunReparseAndOnce_Together_IsAUsageError()
    {
        using var pipeline = new TestPipeline("http://127.0.0.1:9/index.html");

        var (exit, errors) = await WorkerProcess.RunAsync("run", "--once", "--reparse", "--config", pipeline.ConfigPath);

        Assert.Equal(2, exit);
        Assert.Contains("--reparse", errors, StringComparison.Ordinal);
    }
}
