namespace Extractor.Site.Tests.Browser;

/// <summary>
/// The system Chromium the browser tests drive (Playwright cannot download its own browser here): EXTRACTOR_CHROMIUM,
/// else /usr/bin/chromium; null when neither exists, and the browser tests skip with that reason.
/// </summary>
internal static class Chromium
{
    public static string? ExecutablePath
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("EXTRACTOR_CHROMIUM");
            if (!string.IsNullOrEmpty(fromEnv) && File.Exists(fromEnv))
            {
                return fromEnv;
            }

            return File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium" : null;
        }
    }

    /// <summary>No network, no updates, no first-run: the site must work offline from file://.</summary>
    public static IReadOnlyList<string> Arguments { get; } =
    [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ];
}
