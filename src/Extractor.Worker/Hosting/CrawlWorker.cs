using Extractor.Worker.Crawling;
using Extractor.Worker.State;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Hosting;

/// <summary>
/// The hosted job: with <c>--once</c> one pass (with <c>--reparse</c> one re-read of the archive) and then the host stops with the pass's exit code; otherwise it resumes an
/// interrupted pass at once and then runs a pass at every cron occurrence until stopped.
/// </summary>
internal sealed class CrawlWorker : BackgroundService
{
    private readonly Func<CancellationToken, Task<PassOutcome>> _pass;
    private readonly Func<bool> _hasOpenPass;
    private readonly RunSettings _settings;
    private readonly CrawlSchedule _schedule;
    private readonly TimeProvider _time;
    private readonly IHostApplicationLifetime _lifetime;
    private readonly ILogger<CrawlWorker> _logger;

    public CrawlWorker(Crawler crawler, Reparser reparser, IStateStore store, RunSettings settings, IOptions<PipelineOptions> options, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<CrawlWorker> logger)
        : this(settings.Reparse ? reparser.RunAsync : crawler.RunPassAsync, store.HasOpenPass, settings, new CrawlSchedule(options.Value.Schedule), time, lifetime, logger)
    {
    }

    internal CrawlWorker(Func<CancellationToken, Task<PassOutcome>> pass, Func<bool> hasOpenPass, RunSettings settings, CrawlSchedule schedule, TimeProvider time, IHostApplicationLifetime lifetime, ILogger<CrawlWorker> logger)
    {
        _pass = pass;
        _hasOpenPass = hasOpenPass;
        _settings = settings;
        _schedule = schedule;
        _time = time;
        _lifetime = lifetime;
        _logger = logger;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_settings.Once || _settings.Reparse)
        {
            try
            {
                var outcome = await _pass(stoppingToken).ConfigureAwait(false);
                _settings.ExitCode = outcome.ExitCode;
            }
            finally
            {
                _lifetime.StopApplication();
            }

            return;
        }

        // Finish what a kill or stop interrupted before waiting for the next occurrence.
        if (_hasOpenPass())
        {
            await RunGuardedAsync(stoppingToken).ConfigureAwait(false);
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var next = _schedule.Next(_time.GetUtcNow());
            Log.NextRun(_logger, TimeZoneInfo.ConvertTime(next, _schedule.TimeZone), _schedule.TimeZone.Id);
            try
            {
                await Task.Delay(next - _time.GetUtcNow(), _time, stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                break;
            }

            await RunGuardedAsync(stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RunGuardedAsync(CancellationToken stoppingToken)
    {
        try
        {
            var outcome = await _pass(stoppingToken).ConfigureAwait(false);
            _settings.ExitCode = outcome.ExitCode;
        }
#pragma warning disable CA1031 // A nightly service outlives one bad pass; the next occurrence tries again.
        catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
        {
            _settings.ExitCode = 1;
            Log.PassCrashed(_logger, ex);
        }
    }
}
