using Extractor.Site.Reading;
using Extractor.Site.Tests.Browser;
using Extractor.Testing;
using Extractor.Worker.Cli;
using Microsoft.Playwright;

namespace Extractor.Site.Tests;

/// <summary>
/// The datasets of the repository's fixtures, made by the repository's own `parse --out` (which also writes the site),
/// and one Chromium for the browser tests of the collection.
/// </summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>Screenshots of the tests: artifacts/test-results/site (EXTRACTOR_SITE_SCREENSHOTS overrides).</summary>
    public static string ScreenshotFolder =>
        Environment.GetEnvironmentVariable("EXTRACTOR_SITE_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(TestPaths.Root, "artifacts", "test-results", "site");

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "extractor-site-tests-" + Guid.NewGuid().ToString("N"));

    public string DatasetDir => Path.Combine(Root, "datasets");

    public string SiteDir => Path.Combine(DatasetDir, "site");

    public string ParseLog { get; private set; } = string.Empty;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("Chromium is not available");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        using var stderr = new StringWriter();
        var exit = await ParseCommand.RunAsync(["--out", DatasetDir, TestPaths.Fixtures], Stream.Null, stderr, CancellationToken.None);
        ParseLog = stderr.ToString();
        if (exit is not (CommandLine.ExitOk or CommandLine.ExitSomeInputFailed))
        {
            throw new InvalidOperationException($"parse --out failed with {exit}:\n{ParseLog}");
        }

        if (Chromium.ExecutablePath is { } chromium)
        {
            _playwright = await Playwright.CreateAsync();
            _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = chromium, Headless = true, Args = Chromium.Arguments, Timeout = PageProbe.HangGuard });
        }
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    /// <summary>The file key of the report read from a fixture file (its page is report.html?id=KEY).</summary>
    public string ReportKeyOf(string fixtureFileName)
    {
        var rows = new DatasetFiles(DatasetDir).ReadAsync("reports", CancellationToken.None).ToBlockingEnumerable();
        var row = rows.Single(r => (r.Text("source_uri") ?? string.Empty).EndsWith("/" + fixtureFileName, StringComparison.Ordinal));
        return DatasetLoader.FileKey(row.Text("report_id")!);
    }
}

[CollectionDefinition(Name)]
public sealed class SiteCollection : ICollectionFixture<SiteFixture>
{
    public const string Name = "site";
}
