using Extractor.Worker.Crawling;
using Extractor.Worker.Hosting;
using Extractor.Worker.Tests.Mocks;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace Extractor.Worker.Tests.Hosting;

public sealed class CrawlWorkerTests
{
    // 2024-03-01 08:00 in Shanghai; the next 02:30 there is 2024-03-01T18:30Z.
    private static readonly DateTimeOffset s_start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset s_firstRun = new(2024, 3, 1, 18, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Next_ShanghaiNightlyCron_IsHalfPastTwoLocalTime()
    {
        var schedule = new CrawlSchedule(new ScheduleOptions { Cron = "30 2 * * *", TimeZone = "Asia/Shanghai" });

        Assert.Equal(s_firstRun, schedule.Next(s_start));
        Assert.Equal(s_firstRun.AddDays(1), schedule.Next(s_firstRun));
    }

    [Fact]
    public async Task ExecuteAsync_Scheduled_RunsAPassAtEachOccurrenceAndNotBefore()
    {
        var time = new FakeTimeProvider(s_start);
        var runs = new List<DateTimeOffset>();
        var worker = Worker(time, once: false, hasOpenPass: false, runs, out _);
        await worker.StartAsync(CancellationToken.None);

        // Step the clock a minute at a time until two passes ran (bounded: three simulated days).
        for (var i = 0; i < 3 * 24 * 60 && runs.Count < 2; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(1);
        }

        await worker.StopAsync(CancellationToken.None);
        Assert.Equal(2, runs.Count);
        Assert.InRange(runs[0], s_firstRun, s_firstRun.AddMinutes(2));
        Assert.InRange(runs[1], s_firstRun.AddDays(1), s_firstRun.AddDays(1).AddMinutes(2));
    }

    [Fact]
    public async Task ExecuteAsync_ScheduledWithAnInterruptedPass_ResumesAtOnce()
    {
        var time = new FakeTimeProvider(s_start);
        var runs = new List<DateTimeOffset>();
        var worker = Worker(time, once: false, hasOpenPass: true, runs, out _);

        await worker.StartAsync(CancellationToken.None);
        for (var i = 0; i < 500 && runs.Count == 0; i++)
        {
            await Task.Delay(10);
        }

        await worker.StopAsync(CancellationToken.None);
        Assert.Equal([s_start], runs);
    }

    [Fact]
    public async Task ExecuteAsync_Once_RunsOnePassAndStopsTheHostWithItsExitCode()
    {
        var time = new FakeTimeProvider(s_start);
        var runs = new List<DateTimeOffset>();
        var lifetime = new TestLifetime();
        var worker = Worker(time, once: true, hasOpenPass: false, runs, out var settings, notRead: 2, lifetime);

        await worker.StartAsync(CancellationToken.None);
        await worker.ExecuteTask!;

        Assert.Single(runs);
        Assert.True(lifetime.StopRequested);
        Assert.Equal(1, settings.ExitCode);
    }

    private static CrawlWorker Worker(FakeTimeProvider time, bool once, bool hasOpenPass, List<DateTimeOffset> runs, out RunSettings settings, int notRead = 0, TestLifetime? lifetime = null)
    {
        settings = new RunSettings { ConfigPath = "/tmp/pipeline.json", Once = once };
        return new CrawlWorker(
            _ =>
            {
                lock (runs)
                {
                    runs.Add(time.GetUtcNow());
                }

                return Task.FromResult(new PassOutcome(true, 1, 1, notRead));
            },
            () => hasOpenPass,
            settings,
            new CrawlSchedule(new ScheduleOptions()),
            time,
            lifetime ?? new TestLifetime(),
            NullLogger<CrawlWorker>.Instance);
    }
}
