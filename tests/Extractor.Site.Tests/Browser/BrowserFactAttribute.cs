namespace Extractor.Site.Tests.Browser;

/// <summary>A test that needs the system Chromium; skipped, with the reason shown, where it is not installed.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.ExecutablePath is null)
        {
            Skip = "Chromium not found (set EXTRACTOR_CHROMIUM or install chromium; .ci/setup/60-site.sh does)";
        }
    }
}
