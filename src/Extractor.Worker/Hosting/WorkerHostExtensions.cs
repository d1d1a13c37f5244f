using System.Net;
using Extractor.Core.Pipeline;
using Extractor.Core.Writing;
using Extractor.Output;
using Extractor.Worker.Cli;
using Extractor.Worker.Crawling;
using Extractor.Worker.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;

namespace Extractor.Worker.Hosting;

/// <summary>All of the worker's wiring, so that the host stays a few lines.</summary>
internal static class WorkerHostExtensions
{
    public static IServiceCollection AddCrawlWorker(this IServiceCollection services, Microsoft.Extensions.Configuration.IConfiguration configuration, RunSettings settings)
    {
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddOptions<PipelineOptions>().Bind(configuration).ValidateOnStart()
            .PostConfigure(o =>
            {
                // Site lists become sources like the hand-written ones; their problems go to the validator.
                foreach (var list in o.SiteLists)
                {
                    o.Sources.AddRange(SiteListReader.Read(Path.GetFullPath(list, settings.ConfigDirectory), o.SiteListErrors));
                }
            });
        services.AddSingleton<IValidateOptions<PipelineOptions>, PipelineOptionsValidator>();
        services.AddSingleton<PipelinePaths>();

        services.AddSingleton<IStateStore>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PipelineOptions>>().Value.State;
            var time = sp.GetRequiredService<TimeProvider>();
            return options.IsPostgres
                ? new PostgresStateStore(options, time, sp.GetRequiredService<ILoggerFactory>().CreateLogger<PostgresStateStore>())
                : new StateStore(sp.GetRequiredService<PipelinePaths>().StateFolder, time);
        });
        services.AddSingleton(sp => new RawArchive(sp.GetRequiredService<PipelinePaths>().StateFolder));

        services.AddSingleton(sp =>
        {
            var limits = sp.GetRequiredService<IOptions<PipelineOptions>>().Value.Limits;
            return Readers.CreateParser(new ExtractionOptions
            {
                Parallelism = limits.ReadParallelism,
                DocumentTimeout = limits.ReadTimeout,
                OcrPageAllowance = limits.OcrPageTimeout,
                DocumentMemory = limits.DocumentMemory,

                // Reading is CPU work, so its budget runs on the wall clock even when the crawl's schedule is faked.
            });
        });
        services.AddSingleton<IDatasetWriter>(sp => new DatasetWriter(sp.GetRequiredService<IOptions<PipelineOptions>>().Value.Datasets.ToWriterOptions()));

        services.AddSingleton<HostThrottle>();
        services.AddSingleton<RobotsCache>();
        services.AddScoped<HttpFetcher>();
        services.AddScoped<FileFetcher>();
        services.AddScoped<DocumentProcessor>();
        services.AddSingleton<DatasetPublisher>();
        services.AddSingleton<Crawler>();
        services.AddSingleton<Reparser>();
        services.AddHostedService<CrawlWorker>();

        services.AddTransient<RequestCountingHandler>();
        services.AddHttpClient(HttpFetcher.ClientName)
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => CreatePrimaryHandler())
            .AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions o, IServiceProvider sp) =>
            {
                var limits = sp.GetRequiredService<IOptions<PipelineOptions>>().Value.Limits;
                o.Retry.MaxRetryAttempts = limits.MaxRetries;
                o.Retry.Delay = limits.RetryBaseDelay;
                o.Retry.UseJitter = true;
                o.Retry.BackoffType = Polly.DelayBackoffType.Exponential;
                o.Retry.ShouldRetryAfterHeader = true;
                o.AttemptTimeout.Timeout = limits.RequestTimeout;
                o.TotalRequestTimeout.Timeout = limits.DocumentTimeout;
                o.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(30).Ticks, limits.RequestTimeout.Ticks * 2));

                // One line per retry and per opened circuit; Polly's own events (with whole stack traces) are filtered
                // out of the log, and the exception behind a retry is logged at debug only.
                var logger = sp.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(HttpFetcher));
                o.Retry.OnRetry = args =>
                {
                    var url = args.Context.GetRequestMessage()?.RequestUri?.AbsoluteUri ?? "?";
                    var reason = args.Outcome.Exception is { } ex
                        ? ex.GetType().Name + ": " + ex.Message
                        : $"HTTP {(int)args.Outcome.Result!.StatusCode}";
                    Log.Retrying(logger, args.AttemptNumber + 1, url, args.RetryDelay, reason);
                    if (args.Outcome.Exception is { } exception)
                    {
                        Log.RetryException(logger, args.AttemptNumber + 1, url, exception);
                    }

                    return ValueTask.CompletedTask;
                };
                o.CircuitBreaker.OnOpened = args =>
                {
                    var host = args.Context.GetRequestMessage()?.RequestUri?.Host ?? "?";
                    Log.CircuitOpened(logger, host, args.BreakDuration);

                    // Shared state: the other workers keep off the host for as long as well.
                    sp.GetRequiredService<IStateStore>().PauseHost(host.ToLowerInvariant(), args.BreakDuration);
                    return ValueTask.CompletedTask;
                };
            })
            .SelectPipelineByAuthority();

        // Innermost, so that it sees every attempt the retry handler makes.
        services.AddHttpClient(HttpFetcher.ClientName).AddHttpMessageHandler<RequestCountingHandler>();

        return services;
    }

    /// <summary>The crawler's socket handler; tests add a connect callback to it to route many host names to one server.</summary>
    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        // Redirects are followed by HttpFetcher, which checks each hop against the allowed hosts and robots.txt.
        AllowAutoRedirect = false,
        AutomaticDecompression = DecompressionMethods.All,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
    };
}
