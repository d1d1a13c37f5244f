using Microsoft.Playwright;

namespace Extractor.Site.Tests.Browser;

/// <summary>A page with every console error, uncaught exception and failed request recorded, for "no console errors".</summary>
internal sealed class PageProbe
{
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
