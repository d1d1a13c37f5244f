using System.Text.RegularExpressions;
using Cronos;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Hosting;

/// <summary>Checks pipeline.json before any work starts; every message names the key and says what to put there.</summary>
internal sealed class PipelineOptionsValidator : IValidateOptions<PipelineOptions>
{
    public ValidateOptionsResult Validate(string? name, PipelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var errors = new List<string>();

        if (options.Sources.Count == 0 && options.SiteListErrors.Count == 0)
        {
            errors.Add("sources: none given; add at least one source with a name and start URLs, or a site list under siteLists.");
        }

        errors.AddRange(options.SiteListErrors);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            ValidateSource(options.Sources[i].Origin ?? $"sources:{i}", options.Sources[i], names, errors);
        }

        RequireCount("concurrency:maxHosts", options.Concurrency.MaxHosts, 1, 10_000, errors);
        RequireCount("concurrency:maxConnections", options.Concurrency.MaxConnections, 1, 10_000, errors);
        RequireCount("concurrency:readParallelism", options.Concurrency.ReadParallelism, 0, 1_024, errors);

        if (string.IsNullOrWhiteSpace(options.Schedule.Cron) || !TryParseCron(options.Schedule.Cron))
        {
            errors.Add($"schedule:cron: '{options.Schedule.Cron}' is not a five-field cron expression (minute hour day month weekday), e.g. \"30 2 * * *\".");
        }

        if (!TryFindTimeZone(options.Schedule.TimeZone))
        {
            errors.Add($"schedule:timeZone: '{options.Schedule.TimeZone}' is not a known time zone; use an IANA name such as \"Asia/Shanghai\".");
        }

        RequireText("outputFolder", options.OutputFolder, errors);
        RequireText("stateFolder", options.StateFolder, errors);
        RequireText("userAgent", options.UserAgent, errors);
        if (options.UserAgent.Any(char.IsControl))
        {
            errors.Add("userAgent: contains control characters; use one line of printable text.");
        }

        RequireRange("politeness:perHostDelay", options.Politeness.PerHostDelay, TimeSpan.Zero, TimeSpan.FromHours(1), errors);
        RequireRange("politeness:maxCrawlDelay", options.Politeness.MaxCrawlDelay, TimeSpan.Zero, TimeSpan.FromHours(1), errors);
        RequireRange("limits:requestTimeout", options.Limits.RequestTimeout, TimeSpan.FromMilliseconds(100), TimeSpan.FromHours(1), errors);
        if (options.Limits.DocumentTimeout <= options.Limits.RequestTimeout || options.Limits.DocumentTimeout > TimeSpan.FromHours(6))
        {
            errors.Add($"limits:documentTimeout: {options.Limits.DocumentTimeout} must be longer than limits:requestTimeout ({options.Limits.RequestTimeout}) and at most 06:00:00.");
        }
        RequireRange("limits:retryBaseDelay", options.Limits.RetryBaseDelay, TimeSpan.Zero, TimeSpan.FromMinutes(10), errors);
        if (options.Limits.MaxDocumentBytes is < 1024 or > int.MaxValue)
        {
            errors.Add($"limits:maxDocumentBytes: {options.Limits.MaxDocumentBytes} is out of range; give a byte count between 1024 and {int.MaxValue}.");
        }

        if (options.Limits.MaxRetries is < 1 or > 10)
        {
            errors.Add($"limits:maxRetries: {options.Limits.MaxRetries} is out of range; give 1 to 10.");
        }

        if (options.Limits.MaxRedirects is < 0 or > 20)
        {
            errors.Add($"limits:maxRedirects: {options.Limits.MaxRedirects} is out of range; give 0 to 20.");
        }

        ValidateState(options.State, errors);

        if (options.Limits.MaxDocumentsPerPass < 1)
        {
            errors.Add($"limits:maxDocumentsPerPass: {options.Limits.MaxDocumentsPerPass} must be at least 1.");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void ValidateState(StateOptions state, List<string> errors)
    {
        if (!string.Equals(state.Provider, StateOptions.Sqlite, StringComparison.OrdinalIgnoreCase) && !state.IsPostgres)
        {
            errors.Add($"state:provider: '{state.Provider}' is not a provider; use \"sqlite\" (default, one worker) or \"postgres\" (shared by several workers).");
            return;
        }

        RequireRange("state:leaseDuration", state.LeaseDuration, TimeSpan.FromSeconds(1), TimeSpan.FromHours(6), errors);
        RequireRange("state:pollInterval", state.PollInterval, TimeSpan.FromMilliseconds(10), TimeSpan.FromMinutes(10), errors);
        if (!state.IsPostgres)
        {
            return;
        }

        if (string.IsNullOrWhiteSpace(state.ConnectionString))
        {
            errors.Add("state:connectionString: none given for the postgres provider; set it (e.g. EXTRACTOR_state__connectionString=\"Host=…;Username=…;Password=…;Database=…\").");
            return;
        }

        try
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(state.ConnectionString);
            if (string.IsNullOrEmpty(builder.Host))
            {
                errors.Add($"state:connectionString: '{state.MaskedConnectionString}' names no Host.");
            }
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            // The parser's message quotes the key, never the whole string; the string itself is shown masked.
            errors.Add($"state:connectionString: not a valid connection string ({ex.Message.Split('\n')[0]}): {state.MaskedConnectionString}");
        }
    }

    /// <summary>Finds a time zone by IANA (or Windows) id; null when the machine does not know it.</summary>
    public static TimeZoneInfo? FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (TimeZoneNotFoundException)
        {
            return null;
        }
        catch (InvalidTimeZoneException)
        {
            return null;
        }
    }

    private static bool TryFindTimeZone(string id) => !string.IsNullOrWhiteSpace(id) && FindTimeZone(id) is not null;

    private static bool TryParseCron(string expression)
    {
        try
        {
            _ = CronExpression.Parse(expression, CronFormat.Standard);
            return true;
        }
        catch (CronFormatException)
        {
            return false;
        }
    }

    private static void ValidateSource(string key, SourceOptions source, HashSet<string> names, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(source.Name))
        {
            errors.Add($"{key}:name: missing; give the source a short unique name.");
        }
        else if (!names.Add(source.Name))
        {
            errors.Add($"{key}:name: '{source.Name}' is used by another source; names must be unique.");
        }

        if (source.Start.Count == 0)
        {
            errors.Add($"{key}:start: empty; give at least one listing URL (http, https, file) or a folder path.");
        }

        for (var i = 0; i < source.Start.Count; i++)
        {
            var start = source.Start[i];
            if (string.IsNullOrWhiteSpace(start))
            {
                errors.Add($"{key}:start:{i}: empty; give a URL or a path.");
            }
            else if (Uri.TryCreate(start, UriKind.Absolute, out var uri) && uri.Scheme is not ("http" or "https" or "file") && !Path.IsPathRooted(start))
            {
                errors.Add($"{key}:start:{i}: scheme '{uri.Scheme}' is not supported; use http, https, file, or a path.");
            }
        }

        foreach (var host in source.AllowedHosts)
        {
            if (string.IsNullOrWhiteSpace(host) || host.Contains('/', StringComparison.Ordinal) || host.Contains(':', StringComparison.Ordinal))
            {
                errors.Add($"{key}:allowedHosts: '{host}' is not a bare host name; write it like \"www.example.gov.cn\" (no scheme, port or path).");
            }
        }

        RequireRegex($"{key}:reportLinkText", source.ReportLinkText, required: true, errors);
        RequireRegex($"{key}:reportUrlPattern", source.ReportUrlPattern, required: false, errors);
        RequireRegex($"{key}:nextPageText", source.NextPageText, required: false, errors);

        if (source.PageUrlTemplate is { } template && !template.Contains("{n}", StringComparison.Ordinal))
        {
            errors.Add($"{key}:pageUrlTemplate: '{template}' has no {{n}} placeholder for the page number.");
        }

        if (source.MaxPages is < 1 or > 10_000)
        {
            errors.Add($"{key}:maxPages: {source.MaxPages} is out of range; give 1 to 10000.");
        }

        if (source.FirstPage < 0 || source.FirstPage > source.MaxPages)
        {
            errors.Add($"{key}:firstPage: {source.FirstPage} must be between 0 and maxPages ({source.MaxPages}).");
        }

        foreach (var ext in source.AttachmentExtensions)
        {
            if (string.IsNullOrWhiteSpace(ext) || !ext.StartsWith('.') || ext.Length < 2)
            {
                errors.Add($"{key}:attachmentExtensions: '{ext}' must start with a dot, like \".pdf\".");
            }
        }
    }

    private static void RequireRegex(string key, string? pattern, bool required, List<string> errors)
    {
        if (string.IsNullOrEmpty(pattern))
        {
            if (required)
            {
                errors.Add($"{key}: empty; give a regular expression, e.g. \"年度报告|年报\".");
            }

            return;
        }

        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
        }
        catch (ArgumentException ex)
        {
            errors.Add($"{key}: '{pattern}' is not a valid regular expression ({ex.Message}).");
        }
    }

    private static void RequireCount(string key, int value, int min, int max, List<string> errors)
    {
        if (value < min || value > max)
        {
            errors.Add($"{key}: {value} is out of range; give {min} to {max}.");
        }
    }

    private static void RequireText(string key, string value, List<string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add($"{key}: empty; give a value.");
        }
    }

    private static void RequireRange(string key, TimeSpan value, TimeSpan min, TimeSpan max, List<string> errors)
    {
        if (value < min || value > max)
        {
            errors.Add($"{key}: {value} is out of range; give a duration (hh:mm:ss) between {min} and {max}.");
        }
    }
}
