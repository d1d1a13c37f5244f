namespace Extractor.Worker.Crawling;

/// <summary>
/// Counts the HTTP requests sent on behalf of one document (each retry and redirect, and robots.txt), through
/// <see cref="RequestCountingHandler"/>, which sits inside the retry handler and so sees every attempt.
/// </summary>
internal sealed class RequestCounter : IDisposable
{
    private static readonly AsyncLocal<RequestCounter?> s_current = new();

    private readonly RequestCounter? _outer;
    private int _count;

    private RequestCounter(RequestCounter? outer) => _outer = outer;

    public int Count => Volatile.Read(ref _count);

    /// <summary>Starts counting for the current async flow; dispose to stop.</summary>
    public static RequestCounter Begin()
    {
        var counter = new RequestCounter(s_current.Value);
        s_current.Value = counter;
        return counter;
    }

    /// <summary>Counts one request sent from the current flow, if it is being counted.</summary>
    public static void Increment()
    {
        if (s_current.Value is { } counter)
        {
            Interlocked.Increment(ref counter._count);
        }
    }

    public void Dispose() => s_current.Value = _outer;
}
