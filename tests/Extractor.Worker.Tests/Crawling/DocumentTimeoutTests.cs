using Extractor.Worker.Tests.Mocks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Extractor.Worker.Tests.Crawling;

/// <summary>The document timeout on a fake clock: the test moves time only once the stalled answer has begun.</summary>
public sealed class DocumentTimeoutTests
{
    private const string Report = "<html><body><h1>某局2023年政府信息公开工作年度报告</h1><table><tr><td>1</td></tr></table></body></html>";

    [Fact]
    public async Task RunPassAsync_BodyStallsPastTheDocumentTimeout_FailsWithTimedOut()
    {
        var arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var site = new StaticSite(TestPipeline.DemoSite);
        site.Overrides["/list.html"] = _ => TestResponse.Text(200, "<html><body><a href=\"/r/slow.html\">2023年度报告</a></body></html>");
        site.Overrides["/r/slow.html"] = _ =>
        {
            arrived.TrySetResult();
            return TestResponse.Text(200, Report + new string(' ', 4000)) with { HangAfter = 100 };
        };
        await using var server = new TestSiteServer(site.HandleAsync);
        using var pipeline = new TestPipeline(server.BaseUri + "list.html", c =>
        {
            // No waits on the fake clock other than the timeout under test.
            c["politeness"] = new System.Text.Json.Nodes.JsonObject { ["perHostDelay"] = "00:00:00", ["respectRobotsTxt"] = false };
            c["limits"]!["retryBaseDelay"] = "00:00:00";
            c["limits"]!["documentTimeout"] = "00:01:00";
            c["limits"]!["requestTimeout"] = "00:00:30";
        });
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);

        var pass = pipeline.RunPassAsync(s => s.AddSingleton<TimeProvider>(time));
        await arrived.Task.WaitAsync(TimeSpan.FromMinutes(2)); // a guard against a hang, not a timing assumption
        time.Advance(TimeSpan.FromMinutes(1) + TimeSpan.FromSeconds(1));
        var outcome = await pass.WaitAsync(TimeSpan.FromMinutes(2));

        var (state, reason) = pipeline.Frontier()[server.BaseUri + "r/slow.html"];
        Assert.Equal("failed", state);
        Assert.Contains("timed out", reason, StringComparison.Ordinal);
        Assert.Equal(1, outcome.ExitCode);
    }
}
