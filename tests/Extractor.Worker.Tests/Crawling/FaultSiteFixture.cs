using System.Diagnostics;
using Extractor.Worker.Crawling;
using Extractor.Worker.Tests.Mocks;

namespace Extractor.Worker.Tests.Crawling;

/// <summary>One crawl, shared by the fault tests, of a listing whose report links each answer with a different fault.</summary>
public sealed class FaultSiteFixture : IAsyncLifetime
{
    private const string Report = "<html><body><h1>某局2023年政府信息公开工作年度报告</h1><table><tr><td>1</td></tr></table></body></html>";

    private readonly Dictionary<string, int> _calls = [];
    private TestSiteServer? _server;

    internal TestPipeline Pipeline { get; private set; } = null!;

    internal TestSiteServer Server => _server!;

    internal PassOutcome Outcome { get; private set; } = null!;

    internal TimeSpan Elapsed { get; private set; }

    public static readonly string[] Paths =
    [
        "/r/flaky.html", "/r/rate-limited.html", "/r/truncated.html", "/r/truncated-once.html", "/r/loop-a.html",
        "/r/foreign.html", "/private/secret.html", "/r/challenge-412.html", "/r/verify-200.html", "/r/moved.html", "/r/gone.html",
    ];

    public async Task InitializeAsync()
    {
        var site = new StaticSite(TestPipeline.DemoSite);
        var listing = "<html><body><ul>" + string.Concat(Paths.Select(p => $"<li><a href=\"{p}\">{p}年度报告</a></li>")) + "</ul></body></html>";
        site.Overrides["/list.html"] = _ => TestResponse.Text(200, listing);
        site.Overrides["/robots.txt"] = _ => TestResponse.Text(200, "User-agent: *\nDisallow: /private/\n", "text/plain");
        site.Overrides["/r/flaky.html"] = _ => Next("/r/flaky.html") <= 2 ? TestResponse.Text(500, "oops") : TestResponse.Text(200, Report);
        site.Overrides["/r/rate-limited.html"] = _ => Next("/r/rate-limited.html") == 1
            ? TestResponse.Text(429, "slow down").WithHeader("Retry-After", "1")
            : TestResponse.Text(200, Report);
        site.Overrides["/r/truncated.html"] = _ => TestResponse.Text(200, Report + new string(' ', 4000)) with { TruncateAt = 1000 };
        site.Overrides["/r/truncated-once.html"] = _ => Next("/r/truncated-once.html") == 1
            ? TestResponse.Text(200, Report + new string(' ', 4000)) with { TruncateAt = 1000 }
            : TestResponse.Text(200, Report);
        site.Overrides["/r/loop-a.html"] = _ => TestResponse.Redirect("/r/loop-b.html");
        site.Overrides["/r/loop-b.html"] = _ => TestResponse.Redirect("/r/loop-a.html");
        site.Overrides["/r/foreign.html"] = _ => TestResponse.Redirect("http://foreign.invalid/report.html");
        site.Overrides["/private/secret.html"] = _ => TestResponse.Text(200, Report);
        site.Overrides["/r/challenge-412.html"] = _ => TestResponse.Text(412, "<html><script>var _0x1=\"challenge\";location.reload();</script></html>");
        site.Overrides["/r/verify-200.html"] = _ => TestResponse.Text(200, "<html><body><form>请输入验证码：<input name=\"code\"></form></body></html>");
        site.Overrides["/r/moved.html"] = _ => TestResponse.Redirect("/r/final.html");
        site.Overrides["/r/final.html"] = _ => TestResponse.Text(200, Report);
        site.Overrides["/r/gone.html"] = _ => TestResponse.Text(404, "<html><body>not here</body></html>");
        _server = new TestSiteServer(site.HandleAsync);
        // Timeouts far above any answer's time even on a loaded machine: nothing here may depend on how fast the box is.
        // (The timeout itself is tested on a fake clock: DocumentTimeoutTests.)
        Pipeline = new TestPipeline(_server.BaseUri + "list.html", c =>
        {
            c["limits"]!["documentTimeout"] = "00:05:00";
            c["limits"]!["requestTimeout"] = "00:02:00";
        });
        var clock = Stopwatch.StartNew();
        Outcome = await Pipeline.RunPassAsync();
        Elapsed = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        Pipeline.Dispose();
        await Server.DisposeAsync();
    }

    private int Next(string path)
    {
        lock (_calls)
        {
            _calls[path] = _calls.GetValueOrDefault(path) + 1;
            return _calls[path];
        }
    }
}
