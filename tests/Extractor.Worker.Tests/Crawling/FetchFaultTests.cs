namespace Extractor.Worker.Tests.Crawling;

public sealed class FetchFaultTests : IClassFixture<FaultSiteFixture>
{
    private readonly FaultSiteFixture _site;

    public FetchFaultTests(FaultSiteFixture site) => _site = site;

    [Theory]
    [InlineData("/r/flaky.html", "parsed", null)]
    [InlineData("/r/rate-limited.html", "parsed", null)]
    [InlineData("/r/truncated.html", "failed", "cut off")]
    [InlineData("/r/truncated-once.html", "parsed", null)]
    [InlineData("/r/loop-a.html", "failed", "redirect loop")]
    [InlineData("/r/foreign.html", "skipped", "not an allowed host")]
    [InlineData("/private/secret.html", "skipped", "robots.txt")]
    [InlineData("/r/challenge-412.html", "blocked", "captcha")]
    [InlineData("/r/verify-200.html", "blocked", "captcha")]
    [InlineData("/r/moved.html", "parsed", null)]
    [InlineData("/r/gone.html", "failed", "HTTP 404")]
    public void RunPassAsync_FaultyReport_EndsInTheRightState(string path, string state, string? reason)
    {
        var (actualState, actualReason) = _site.Pipeline.Frontier()[_site.Server.BaseUri + path.TrimStart('/')];

        Assert.Equal(state, actualState);
        if (reason is not null)
        {
            Assert.Contains(reason, actualReason ?? string.Empty, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void RunPassAsync_ServerErrors_AreRetriedUntilSuccess()
        => Assert.Equal(3, _site.Server.Count("/r/flaky.html"));

    [Fact]
    public void RunPassAsync_TruncatedBody_IsRetriedLikeAServerError()
    {
        Assert.Equal(2, _site.Server.Count("/r/truncated-once.html"));
        Assert.Equal(4, _site.Server.Count("/r/truncated.html")); // the first try and limits:maxRetries (3) more
    }

    [Fact]
    public void RunPassAsync_Requests_AreCountedInTheRunReport()
    {
        var requests = _site.Pipeline.Query("SELECT SUM(requests) FROM outcomes", r => r.GetInt32(0)).Single();

        Assert.Equal(_site.Server.Requests.Count, requests);
    }

    [Fact]
    public void RunPassAsync_RetryAfter_IsWaitedFor()
    {
        Assert.Equal(2, _site.Server.Count("/r/rate-limited.html"));
        Assert.True(_site.Elapsed >= TimeSpan.FromSeconds(1), $"the pass took {_site.Elapsed}, less than the Retry-After of 1 s");
    }

    [Fact]
    public void RunPassAsync_RobotsDisallowedPath_IsNeverRequested()
        => Assert.Equal(0, _site.Server.Count("/private/secret.html"));

    [Fact]
    public void RunPassAsync_SomeInputsNotRead_ExitCodeIsOne()
    {
        Assert.True(_site.Outcome.Completed);
        Assert.Equal(1, _site.Outcome.ExitCode);
    }
}
