namespace Extractor.Worker.Crawling;

/// <summary>One request at a time per host, with at least the host's delay between the end of one and the start of the next.</summary>
internal sealed class HostThrottle
{
    private readonly TimeProvider _time;
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    public HostThrottle(TimeProvider time) => _time = time;

    /// <summary>Waits for the host's turn; dispose the result when the request is over.</summary>
    public async Task<IDisposable> AcquireAsync(string host, TimeSpan delay, CancellationToken cancellationToken)
    {
        Slot slot;
        lock (_slots)
        {
            if (!_slots.TryGetValue(host, out slot!))
            {
                slot = new Slot(this);
                _slots[host] = slot;
            }
        }

        await slot.Gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var wait = slot.LastEnd + delay - _time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
            }
        }
        catch
        {
            slot.Gate.Release();
            throw;
        }

        return slot;
    }

    private sealed class Slot(HostThrottle owner) : IDisposable
    {
        public SemaphoreSlim Gate { get; } = new(1, 1);

        public DateTimeOffset LastEnd { get; private set; } = DateTimeOffset.MinValue;

        public void Dispose()
        {
            LastEnd = owner._time.GetUtcNow();
            Gate.Release();
        }
    }
}
