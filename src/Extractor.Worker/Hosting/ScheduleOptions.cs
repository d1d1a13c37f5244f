namespace Extractor.Worker.Hosting;

/// <summary>When the scheduled passes run.</summary>
internal sealed class ScheduleOptions
{
    /// <summary>A five-field cron expression (minute hour day month weekday). Default 02:30 every night.</summary>
    public string Cron { get; set; } = "30 2 * * *";

    /// <summary>The IANA time zone the cron expression is read in. Default Asia/Shanghai.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";
}
