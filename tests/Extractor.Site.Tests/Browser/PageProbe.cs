using Microsoft.Playwright;

namespace Extractor.Site.Tests.Browser;

/// <summary>A page with every console error, uncaught exception and failed request recorded, for "no console errors".</summary>
internal sealed class PageProbe
{
    /// <summary>Milliseconds after which a wait is taken for a hang rather than a slow machine.</summary>
    public const float HangGuard = 10 * 60 * 1000;

    private readonly List<string> _errors = [];

    private PageProbe(IPage page)
    {
        Page = page;
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                lock (_errors)
                {
                    _errors.Add($"console: {m.Text}");
                }
            }
        };
        page.PageError += (_, e) =>
        {
            lock (_errors)
            {
                _errors.Add($"exception: {e}");
            }
        };
        page.RequestFailed += (_, r) =>
        {
            lock (_errors)
            {
                _errors.Add($"request failed: {r.Url} {r.Failure}");
            }
        };
    }

    public IPage Page { get; }

    public IReadOnlyList<string> Errors
    {
        get
        {
            lock (_errors)
            {
                return [.. _errors];
            }
        }
    }

    public static async Task<PageProbe> OpenAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        // Every wait in these tests is for something the page does (a selector, a URL, a state), never for a time: Playwright's
        // 30-second default made them depend on the machine's speed (a navigation timed out beside two busy loops and an
        // OCR benchmark on 2 cores). The bound left only stops a page that never gets there from hanging the run.
        context.SetDefaultTimeout(HangGuard);
        context.SetDefaultNavigationTimeout(HangGuard);
        return new PageProbe(await context.NewPageAsync());
    }

    public static string FileUrl(string path, string query = "") => new Uri(path).AbsoluteUri + query;

    public async Task ScreenshotAsync(string name, bool fullPage = true)
    {
        Directory.CreateDirectory(SiteFixture.ScreenshotFolder);
        await Page.ScreenshotAsync(new() { Path = Path.Combine(SiteFixture.ScreenshotFolder, name + ".png"), FullPage = fullPage });
    }

    public async Task CloseAsync() => await Page.Context.CloseAsync();
}
