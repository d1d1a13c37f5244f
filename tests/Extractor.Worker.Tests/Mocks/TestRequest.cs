namespace Extractor.Worker.Tests.Mocks;

/// <summary>A request as the test server saw it.</summary>
internal sealed record TestRequest(string Method, string Path, IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>When the server had read the request (Stopwatch ticks).</summary>
    public long At { get; init; }

    /// <summary>The host the request was for (the Host header without the port).</summary>
    public string Host => Header("Host") is { } host ? host.Split(':')[0] : string.Empty;

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
}
