using Extractor.Worker.Progress;
using Microsoft.Extensions.Time.Testing;

namespace Extractor.Worker.Tests.Progress;

public sealed class ProgressReporterTests
{
    [Fact]
    public void NotATerminal_PrintsAPlainLineEveryInterval()
    {
        var time = new FakeTimeProvider();
        using var output = new StringWriter();
        using var progress = new ProgressReporter(output, new ProgressOptions { UnitName = "sites", Total = 4, LogInterval = TimeSpan.FromSeconds(30) }, time);
        for (var i = 0; i < 60; i++)
        {
            progress.DocumentDone(failed: i % 20 == 0);
        }

        progress.UnitDone();
        time.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(string.Empty, output.ToString());

        time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("progress: sites 1/4 · 60 documents · 2.0/s · ETA 1m30s · 3 failed · 30s elapsed" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Terminal_RedrawsOneLineAndEndsItOnFinish()
    {
        var time = new FakeTimeProvider();
        using var output = new StringWriter();
        using var progress = new ProgressReporter(output, new ProgressOptions { UnitName = "files", Total = 10, Interactive = true }, time)
        {
            RemainingDocuments = () => 5,
        };
        for (var i = 0; i < 10; i++)
        {
            progress.DocumentDone(failed: false);
        }

        time.Advance(TimeSpan.FromMilliseconds(500));
        time.Advance(TimeSpan.FromMilliseconds(500));
        progress.Finish();
        time.Advance(TimeSpan.FromSeconds(5));

        var text = output.ToString();
        Assert.Equal(3, text.Split('\r').Length - 1); // two redraws and the last line, nothing after Finish
        Assert.EndsWith("files 0/10 · 10 documents · 10.0/s · ETA 0s · 0 failed · 1s elapsed" + Environment.NewLine, text, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', text.TrimEnd());
    }
}
