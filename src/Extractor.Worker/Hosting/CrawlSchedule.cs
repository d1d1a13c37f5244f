using Cronos;

namespace Extractor.Worker.Hosting;

/// <summary>The cron schedule read in its time zone; daylight-saving gaps and overlaps are handled by Cronos.</summary>
internal sealed class CrawlSchedule
{
    private readonly CronExpression _cron;

    public CrawlSchedule(ScheduleOptions options)
    {
        _cron = CronExpression.Parse(options.Cron, CronFormat.Standard);
        TimeZone = PipelineOptionsValidator.FindTimeZone(options.TimeZone)
            ?? throw new ArgumentException($"schedule:timeZone '{options.TimeZone}' is unknown", nameof(options));
    }

    public TimeZoneInfo TimeZone { get; }

    /// <summary>The first run strictly after <paramref name="after"/>.</summary>
    public DateTimeOffset Next(DateTimeOffset after)
        => _cron.GetNextOccurrence(after, TimeZone, inclusive: false)
            ?? throw new InvalidOperationException("the cron expression has no future occurrence");
}
