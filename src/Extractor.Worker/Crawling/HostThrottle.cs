using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Crawling;

/// <summary>
/// One request at a time per host, with at least the host's delay between the end of one and the start of the next,
/// and at most <see cref="ConcurrencyOptions.MaxConnections"/> requests open over all hosts. With a shared state store the
/// host's turn is also taken in the database, so the delay holds across every worker.
/// </summary>
internal sealed class HostThrottle
{
    private readonly TimeProvider _time;
    private readonly IStateStore? _store;
    private readonly SemaphoreSlim _connections;
    private readonly Dictionary<string, Slot> _slots = new(StringComparer.OrdinalIgnoreCase);

    public HostThrottle(TimeProvider time, IOptions<PipelineOptions> options, IStateStore? store = null)
    {
        _time = time;
        _store = store;
        _connections = new SemaphoreSlim(Math.Max(1, options.Value.Concurrency.MaxConnections));
    }

    /// <summary>Waits for the host's turn and a free connection; dispose the result when the request is over.</summary>
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
            // On the monotonic clock, and checked again after each wait: timers round to whole milliseconds and may wake
            // a fraction early, and the delay is a promise to the host.
            TimeSpan wait;
            while (slot.LastEnd is long lastEnd && (wait = delay - _time.GetElapsedTime(lastEnd)) > TimeSpan.Zero)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Math.Ceiling(wait.TotalMilliseconds)), _time, cancellationToken).ConfigureAwait(false);
            }

            slot.Shared = _store is null ? null : await _store.AcquireHostAsync(host.ToLowerInvariant(), delay, cancellationToken).ConfigureAwait(false);
            try
            {
                await _connections.WaitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                slot.Shared?.Dispose();
                slot.Shared = null;
                throw;
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

        /// <summary>When the host's last request ended (a <see cref="TimeProvider.GetTimestamp"/> value); null before the first.</summary>
        public long? LastEnd { get; private set; }

        /// <summary>The host's turn in the shared state, while a request is open; null without one.</summary>
        public IDisposable? Shared { get; set; }

        public void Dispose()
        {
            LastEnd = owner._time.GetTimestamp();
            Shared?.Dispose();
            Shared = null;
            owner._connections.Release();
            Gate.Release();
        }
    }
}
