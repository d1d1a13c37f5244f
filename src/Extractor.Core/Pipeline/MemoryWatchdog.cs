namespace Extractor.Core.Pipeline;

/// <summary>
/// Watches the managed heap while documents are in flight. A single document's allocations cannot be told apart in
/// .NET, so when the heap passes the budget times the documents in flight, the one running longest (the likely
/// culprit) is cancelled, once per excess: nothing else is cancelled until the heap has come back under the budget.
/// </summary>
internal sealed class MemoryWatchdog : IDisposable
{
    private readonly ExtractionOptions _options;
    private readonly Func<long> _heapBytes;
    private readonly Lock _gate = new();
    private readonly LinkedList<Entry> _inFlight = [];
    private readonly ITimer _timer;
    private bool _cancelledThisExcess;

    public MemoryWatchdog(ExtractionOptions options, Func<long>? heapBytes = null)
    {
        _options = options;
        _heapBytes = heapBytes ?? (static () => GC.GetTotalMemory(forceFullCollection: false));
        _timer = options.Time.CreateTimer(_ => Poll(), null, options.MemoryPollInterval, options.MemoryPollInterval);
    }

    /// <summary>Registers a document; disposing the result unregisters it.</summary>
    public IDisposable Watch(CancellationTokenSource cancellation, Action<string> onExceeded)
    {
        var entry = new Entry(this, cancellation, onExceeded);
        lock (_gate)
        {
            entry.Node = _inFlight.AddLast(entry);
        }

        return entry;
    }

    /// <summary>Looks at the heap once; the timer calls it, tests may too.</summary>
    internal void Poll()
    {
        Entry? victim = null;
        long heap;
        lock (_gate)
        {
            if (_inFlight.Count == 0)
            {
                return;
            }

            heap = _heapBytes();
            var allowed = _options.DocumentMemory * _inFlight.Count;
            if (heap <= allowed)
            {
                _cancelledThisExcess = false;
                return;
            }

            if (_cancelledThisExcess)
            {
                return;
            }

            _cancelledThisExcess = true;
            victim = _inFlight.First!.Value;
        }

        victim.OnExceeded($"the memory budget was spent: managed heap {heap >> 20} MiB with {_options.DocumentMemory >> 20} MiB allowed per document (limits:documentMemory)");
        victim.Cancellation.Cancel();
    }

    public void Dispose() => _timer.Dispose();

    private sealed class Entry(MemoryWatchdog owner, CancellationTokenSource cancellation, Action<string> onExceeded) : IDisposable
    {
        public LinkedListNode<Entry>? Node { get; set; }

        public CancellationTokenSource Cancellation { get; } = cancellation;

        public Action<string> OnExceeded { get; } = onExceeded;

        public void Dispose()
        {
            lock (owner._gate)
            {
                if (Node?.List is not null)
                {
                    owner._inFlight.Remove(Node);
                }
            }
        }
    }
}
