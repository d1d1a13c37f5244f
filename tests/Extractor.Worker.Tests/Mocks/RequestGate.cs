using System.Collections.Concurrent;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>
/// Holds requests in the test server until the test opens the gate: every request while <see cref="Open"/> has not been
/// called, and requests to stalled paths until they are released. The explicit signals the shared-crawl tests wait on.
/// </summary>
internal sealed class RequestGate(Func<TestRequest, Task<TestResponse>> inner)
{
    private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<string, (TaskCompletionSource Entered, TaskCompletionSource Released)> _stalls = new(StringComparer.Ordinal);

    public void Open() => _open.TrySetResult();

    /// <summary>
    /// Holds every request for <paramref name="path"/> on <paramref name="host"/> from now until <see cref="Release"/>; the
    /// task completes when one arrives. Keyed by host too: the demo site serves the same paths on both hosts, and a stall
    /// by path alone would be entered by whichever host's request came first.
    /// </summary>
    public Task Stall(string host, string path)
    {
        var stall = (new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously), new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        _stalls[Key(host, path)] = stall;
        return stall.Item1.Task;
    }

    public void Release(string host, string path)
    {
        if (_stalls.TryGetValue(Key(host, path), out var stall))
        {
            stall.Released.TrySetResult();
        }
    }

    public async Task<TestResponse> HandleAsync(TestRequest request)
    {
        await _open.Task;
        if (_stalls.TryGetValue(Key(request.Host, request.Path), out var stall))
        {
            stall.Entered.TrySetResult();
            await stall.Released.Task;
        }

        return await inner(request);
    }

    private static string Key(string host, string path) => host + " " + path;
}
