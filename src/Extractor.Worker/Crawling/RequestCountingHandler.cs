namespace Extractor.Worker.Crawling;

/// <summary>Counts each request that goes out on the wire, for the run report (see <see cref="RequestCounter"/>).</summary>
internal sealed class RequestCountingHandler : DelegatingHandler
{
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        RequestCounter.Increment();
        return base.SendAsync(request, cancellationToken);
    }
}
