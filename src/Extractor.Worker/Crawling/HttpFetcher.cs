using System.Net;
using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace Extractor.Worker.Crawling;

/// <summary>
/// Fetches one http(s) URL politely: robots.txt, one request at a time per host with the delay, conditional GET,
/// redirects followed by hand and only within the source's hosts, a size cap, and block-page detection. Retries with
/// backoff, Retry-After and the per-host circuit breaker live in the client's resilience handler; a body cut off after
/// the headers (which that handler never sees) is retried here the same way.
/// </summary>
internal sealed class HttpFetcher
{
    public const string ClientName = "crawler";

    private readonly IHttpClientFactory _clients;
    private readonly RobotsCache _robots;
    private readonly HostThrottle _throttle;
    private readonly PipelineOptions _options;

    private readonly TimeProvider _time;
    private readonly ILogger<HttpFetcher> _logger;

    public HttpFetcher(IHttpClientFactory clients, RobotsCache robots, HostThrottle throttle, IOptions<PipelineOptions> options, TimeProvider time, ILogger<HttpFetcher> logger)
    {
        _clients = clients;
        _robots = robots;
        _throttle = throttle;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    public async Task<FetchResult> FetchAsync(FrontierItem item, SourceRules rules, CancellationToken cancellationToken)
    {
        using var requests = RequestCounter.Begin();
        for (var attempt = 1; ; attempt++)
        {
            var result = await FetchOnceAsync(item, rules, cancellationToken).ConfigureAwait(false);
            if (!result.Truncated || attempt > _options.Limits.MaxRetries)
            {
                return result with { Requests = requests.Count };
            }

            // Exponential like the handler's retries: base, 2×base, 4×base …
            var delay = _options.Limits.RetryBaseDelay * Math.Pow(2, attempt - 1);
            Log.Retrying(_logger, attempt, item.Url, delay, result.Reason ?? "body cut off");
            await Task.Delay(delay, _time, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<FetchResult> FetchOnceAsync(FrontierItem item, SourceRules rules, CancellationToken cancellationToken)
    {
        var client = _clients.CreateClient(ClientName);
        var uri = new Uri(item.Url);
        var visited = new HashSet<string>(StringComparer.Ordinal);
        for (var hop = 0; hop <= _options.Limits.MaxRedirects; hop++)
        {
            if (!visited.Add(uri.AbsoluteUri))
            {
                return new FetchResult(FetchStatus.Failed, $"redirect loop at {uri}");
            }

            if (!rules.IsAllowed(uri))
            {
                return new FetchResult(FetchStatus.Skipped, $"redirect to {uri.Host}, which is not an allowed host of source '{rules.Name}'");
            }

            var robots = await _robots.GetAsync(uri, cancellationToken).ConfigureAwait(false);
            if (robots.UnreachableReason is { } unreachable)
            {
                return new FetchResult(FetchStatus.Failed, unreachable) { FinalUri = uri };
            }

            if (!robots.IsAllowed(uri))
            {
                return new FetchResult(FetchStatus.Skipped, "robots.txt disallows this URL");
            }

            var delay = _options.Politeness.PerHostDelay;
            if (robots.CrawlDelay is { } crawlDelay && crawlDelay > delay)
            {
                delay = crawlDelay < _options.Politeness.MaxCrawlDelay ? crawlDelay : _options.Politeness.MaxCrawlDelay;
            }

            using var slot = await _throttle.AcquireAsync(uri.Host, delay, cancellationToken).ConfigureAwait(false);
            using var request = new HttpRequestMessage(HttpMethod.Get, uri);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8");
            request.Headers.TryAddWithoutValidation("Accept-Language", "zh-CN,zh;q=0.9");
            if (hop == 0 && item.Sha256 is not null)
            {
                // Validators belong to the stored copy; without a stored copy a 304 would leave us with nothing.
                if (item.ETag is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", item.ETag);
                }

                if (item.LastModified is not null)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", item.LastModified);
                }
            }

            HttpResponseMessage response;
            try
            {
                response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is HttpRequestException or TimeoutRejectedException or BrokenCircuitException or IsolatedCircuitException)
            {
                return new FetchResult(FetchStatus.Failed, Describe(ex)) { FinalUri = uri };
            }

            using (response)
            {
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && status != 304 && response.Headers.Location is { } location)
                {
                    uri = LinkExtractor.WithoutFragment(new Uri(uri, location));
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchResult(FetchStatus.NotModified, "304 not modified") { HttpStatus = status, FinalUri = uri };
                }

                var declaredLength = response.Content.Headers.ContentLength;
                if (declaredLength > _options.Limits.MaxDocumentBytes)
                {
                    return new FetchResult(FetchStatus.Skipped, $"{declaredLength} bytes is over limits:maxDocumentBytes") { HttpStatus = status, FinalUri = uri };
                }

                byte[]? body;
                try
                {
                    body = await ReadCappedAsync(response.Content, _options.Limits.MaxDocumentBytes, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is HttpRequestException or IOException)
                {
                    return new FetchResult(FetchStatus.Failed, $"body cut off after headers ({ex.Message})") { HttpStatus = status, FinalUri = uri, Truncated = true };
                }

                if (body is null)
                {
                    return new FetchResult(FetchStatus.Skipped, "body is over limits:maxDocumentBytes") { HttpStatus = status, FinalUri = uri };
                }

                var charset = response.Content.Headers.ContentType?.CharSet;
                var blocked = BlockDetector.MayBeBlockPage(body) && BlockDetector.IsBlocked(status, BlockDetector.Head(body, charset));
                if (blocked)
                {
                    return new FetchResult(FetchStatus.Blocked, $"HTTP {status} with an anti-bot or captcha page") { HttpStatus = status, FinalUri = uri };
                }

                if (!response.IsSuccessStatusCode)
                {
                    return new FetchResult(FetchStatus.Failed, $"HTTP {status} {response.ReasonPhrase}") { HttpStatus = status, FinalUri = uri };
                }

                return new FetchResult(FetchStatus.Ok)
                {
                    Content = body,
                    HttpStatus = status,
                    FinalUri = uri,
                    ETag = response.Headers.ETag?.ToString(),
                    LastModified = response.Content.Headers.LastModified?.ToString("R"),
                    ContentType = response.Content.Headers.ContentType?.MediaType,
                    Charset = charset,
                };
            }
        }

        return new FetchResult(FetchStatus.Failed, $"more than {_options.Limits.MaxRedirects} redirects");
    }

    /// <summary>Reads a body up to <paramref name="cap"/> bytes; null when it is longer. A short read (truncation) throws.</summary>
    public static async Task<byte[]?> ReadCappedAsync(HttpContent content, long cap, CancellationToken cancellationToken)
    {
        var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > cap)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }

            if (content.Headers.ContentLength is long expected && buffer.Length != expected && content.Headers.ContentEncoding.Count == 0)
            {
                throw new IOException($"received {buffer.Length} of {expected} bytes");
            }

            return buffer.ToArray();
        }
    }

    private static string Describe(Exception ex) => ex switch
    {
        TimeoutRejectedException => "timed out (limits:requestTimeout)",
        BrokenCircuitException or IsolatedCircuitException => "host circuit open after repeated failures",
        _ => ex.InnerException is null ? ex.Message : $"{ex.Message} ({ex.InnerException.Message})",
    };
}
