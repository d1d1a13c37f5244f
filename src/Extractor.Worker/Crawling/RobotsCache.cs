using System.Collections.Concurrent;
using System.Net;
using Extractor.Worker.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Crawling;

/// <summary>Fetches each host's robots.txt once per process and keeps the rules that apply to our user agent.</summary>
internal sealed class RobotsCache
{
    private const int MaxRobotsBytes = 512 * 1024;

    private readonly IHttpClientFactory _clients;
    private readonly HostThrottle _throttle;
    private readonly PipelineOptions _options;
    private readonly ILogger<RobotsCache> _logger;
    private readonly ConcurrentDictionary<string, Lazy<Task<RobotsRules>>> _rules = new(StringComparer.OrdinalIgnoreCase);

    public RobotsCache(IHttpClientFactory clients, HostThrottle throttle, IOptions<PipelineOptions> options, ILogger<RobotsCache> logger)
    {
        _clients = clients;
        _throttle = throttle;
        _options = options.Value;
        _logger = logger;
    }

    public async Task<RobotsRules> GetAsync(Uri uri, CancellationToken cancellationToken)
    {
        if (!_options.Politeness.RespectRobotsTxt || uri.IsFile)
        {
            return RobotsRules.AllowAll;
        }

        // One fetch per authority even when several lanes ask at once. A fetch cut short by its caller's document
        // timeout is forgotten, and a waiting caller whose own time is not up fetches again.
        var authority = uri.GetLeftPart(UriPartial.Authority);
        while (true)
        {
            var entry = _rules.GetOrAdd(authority, a => new Lazy<Task<RobotsRules>>(() => FetchAsync(new Uri(a + "/robots.txt"), cancellationToken)));
            try
            {
                return await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                if (entry.Value.IsCanceled)
                {
                    _rules.TryRemove(new KeyValuePair<string, Lazy<Task<RobotsRules>>>(authority, entry));
                }

                if (cancellationToken.IsCancellationRequested)
                {
                    throw;
                }
            }
        }
    }

    private async Task<RobotsRules> FetchAsync(Uri robotsUri, CancellationToken cancellationToken)
    {
        try
        {
            using var slot = await _throttle.AcquireAsync(robotsUri.Host, _options.Politeness.PerHostDelay, cancellationToken).ConfigureAwait(false);
            var client = _clients.CreateClient(HttpFetcher.ClientName);
            using var request = new HttpRequestMessage(HttpMethod.Get, robotsUri);
            request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            if (status is >= 400 and < 500 && response.StatusCode != HttpStatusCode.TooManyRequests)
            {
                // RFC 9309 §2.3.1.3: an unavailable robots.txt (4xx) means no restrictions.
                return RobotsRules.AllowAll;
            }

            if (!response.IsSuccessStatusCode)
            {
                Log.RobotsUnreachable(_logger, robotsUri, $"HTTP {status}");
                return RobotsRules.Unreachable($"robots.txt unreachable (HTTP {status}); nothing fetched from this host");
            }

            var bytes = await HttpFetcher.ReadCappedAsync(response.Content, MaxRobotsBytes, cancellationToken).ConfigureAwait(false);
            var text = System.Text.Encoding.UTF8.GetString(bytes ?? []);
            return RobotsRules.Parse(text, _options.UserAgent);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException or TimeoutException or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException or Polly.CircuitBreaker.IsolatedCircuitException)
        {
            // RFC 9309 §2.3.1.4: unreachable means assume complete disallow, until the next pass asks again; but it is
            // our failure to reach the site, so its URLs are failed, not "disallowed".
            var reason = ex.InnerException is null ? ex.Message : $"{ex.Message} ({ex.InnerException.Message})";
            Log.RobotsUnreachable(_logger, robotsUri, reason);
            return RobotsRules.Unreachable($"robots.txt unreachable ({reason}); nothing fetched from this host");
        }
    }

    /// <summary>Forgets every host's rules, so that the next pass fetches robots.txt afresh.</summary>
    public void Clear() => _rules.Clear();
}
