using System.Globalization;

namespace Extractor.Worker.Progress;

/// <summary>
/// Shows how far long work has got: on a terminal one line redrawn in place (units done/total, documents, rate, ETA,
/// failures); elsewhere (a log file, a pipe) a plain line every <see cref="ProgressOptions.LogInterval"/>. Callers count
/// with <see cref="DocumentDone"/> and <see cref="UnitDone"/> from any thread; a timer on the given clock draws.
/// Used by <c>run</c> (units are sites) and by large <c>parse</c> batches (units are files).
/// </summary>
internal sealed class ProgressReporter : IDisposable
{
    private readonly TextWriter _output;
    private readonly ProgressOptions _options;
    private readonly TimeProvider _time;
    private readonly long _started;
    private readonly ITimer _timer;
    private readonly Lock _gate = new();
    private int _total;
    private int _units;
    private int _documents;
    private int _failures;
    private bool _finished;

    public ProgressReporter(TextWriter output, ProgressOptions options, TimeProvider time)
    {
        _output = output;
        _options = options;
        _time = time;
        _total = options.Total;
        _started = time.GetTimestamp();
        var interval = options.Interactive ? options.TerminalInterval : options.LogInterval;
        _timer = time.CreateTimer(_ => Draw(), null, interval, interval);
    }

    /// <summary>A reporter on standard error, redrawn in place when that is a terminal.</summary>
    public static ProgressReporter ForStandardError(string unitName, int total, TimeProvider time)
        => new(Console.Error, new ProgressOptions { UnitName = unitName, Total = total, Interactive = !Console.IsErrorRedirected }, time);

    /// <summary>
    /// A reporter for a batch of <paramref name="total"/> units on <paramref name="output"/> (redrawn in place when that
    /// is standard error on a terminal), or null when the batch is under <paramref name="threshold"/> and needs none.
    /// </summary>
    public static ProgressReporter? ForBatch(TextWriter output, string unitName, int total, TimeProvider time, int threshold = 100)
        => total < threshold
            ? null
            : new(output, new ProgressOptions { UnitName = unitName, Total = total, Interactive = ReferenceEquals(output, Console.Error) && !Console.IsErrorRedirected }, time);

    /// <summary>Documents still to do, for the ETA; when not set the ETA follows the units.</summary>
    public Func<int>? RemainingDocuments { get; set; }

    /// <summary>Units done, when the caller knows them better than by counting (e.g. from the state store).</summary>
    public Func<int>? UnitsDone { get; set; }

    public int Documents => Volatile.Read(ref _documents);

    public int Failures => Volatile.Read(ref _failures);

    public void SetTotal(int total) => Volatile.Write(ref _total, total);

    public void DocumentDone(bool failed)
    {
        Interlocked.Increment(ref _documents);
        if (failed)
        {
            Interlocked.Increment(ref _failures);
        }
    }

    public void UnitDone() => Interlocked.Increment(ref _units);

    /// <summary>The progress line as it stands, e.g. <c>sites 12/200 · 340 documents · 5.2/s · ETA 3m10s · 2 failed</c>.</summary>
    public string Render()
    {
        var elapsed = _time.GetElapsedTime(_started);
        var units = UnitsDone?.Invoke() ?? Volatile.Read(ref _units);
        var total = Volatile.Read(ref _total);
        var documents = Documents;
        var rate = elapsed.TotalSeconds > 0 ? documents / elapsed.TotalSeconds : 0;
        string eta;
        if (RemainingDocuments?.Invoke() is int remaining)
        {
            eta = rate > 0 ? Span(TimeSpan.FromSeconds(remaining / rate)) : "?";
        }
        else
        {
            eta = units > 0 && total >= units ? Span(elapsed * (total - units) / units) : "?";
        }

        return string.Create(
            CultureInfo.InvariantCulture,
            $"{_options.UnitName} {units}/{total} · {documents} documents · {rate:0.0}/s · ETA {eta} · {Failures} failed · {Span(elapsed)} elapsed");
    }

    /// <summary>Draws the last state and ends the line; nothing is drawn after this.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_finished)
            {
                return;
            }

            _finished = true;
            _timer.Dispose();
            Write(Render(), final: true);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _finished = true;
        }

        _timer.Dispose();
    }

    private void Draw()
    {
        lock (_gate)
        {
            if (!_finished)
            {
                Write(Render(), final: false);
            }
        }
    }

    private void Write(string line, bool final)
    {
        if (_options.Interactive)
        {
            // Back to the start of the line and clear it, so log lines in between are not mangled for long.
            _output.Write("\r\u001b[K" + line + (final ? Environment.NewLine : string.Empty));
        }
        else
        {
            _output.WriteLine("progress: " + line);
        }

        _output.Flush();
    }

    private static string Span(TimeSpan span) => span.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)span.TotalHours}h{span.Minutes:00}m")
        : span.TotalMinutes >= 1
            ? string.Create(CultureInfo.InvariantCulture, $"{span.Minutes}m{span.Seconds:00}s")
            : string.Create(CultureInfo.InvariantCulture, $"{span.Seconds}s");
}
