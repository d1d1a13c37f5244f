using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Mapping;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Pipeline;

/// <summary>
/// The one pipeline that <c>parse</c> and the crawler both drive, top to bottom: sniff the format once (and decode
/// text once), read it into the document model, map it onto the template, run the in-report checks. It is also the
/// one place where failure is contained: whatever a document does (a reader bug, a budget spent, a cancelled run),
/// it ends as that document's <c>failed</c> result with the reason, and the others go on.
/// </summary>
public sealed class ExtractionPipeline
{
    /// <summary>How long a document that was told to stop may take to stop by itself before it is abandoned.</summary>
    private static readonly TimeSpan s_stopGrace = TimeSpan.FromSeconds(2);

    private readonly Dictionary<DocumentFormat, IDocumentReader> _readers;
    private readonly Lazy<MemoryWatchdog> _watchdog;

    /// <summary>Creates a pipeline that uses <paramref name="readers"/>, one per format.</summary>
    public ExtractionPipeline(IEnumerable<IDocumentReader> readers, ExtractionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers.ToDictionary(static r => r.Format);
        Options = options ?? new ExtractionOptions();
        _watchdog = new(() => new MemoryWatchdog(Options));
    }

    /// <summary>The parallelism and per-document budgets.</summary>
    public ExtractionOptions Options { get; }

    /// <summary>
    /// The one sniff: the format from the bytes and, for HTML and text, the text decoded once with the encoding and
    /// where it came from. A document already sniffed is returned as is.
    /// </summary>
    public static SourceDocument Sniff(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (source.Format is not null)
        {
            return source;
        }

        var format = FormatDetector.Detect(source.Content.Span, source.Uri);
        var decoded = format switch
        {
            DocumentFormat.Html => TextDecoder.DecodeHtml(source.Content.Span, source.Charset),
            DocumentFormat.Text => TextDecoder.DecodeText(source.Content.Span, source.Charset),
            _ => null,
        };
        return source with { Format = format, Decoded = decoded };
    }

    /// <summary>
    /// Reads, maps and checks one source document on the calling thread; never throws: bad input, a reader bug or a
    /// cancelled <see cref="SourceDocument.Cancellation"/> becomes a failed report.
    /// </summary>
    public ReportResult Parse(SourceDocument source) => Parse(source, stopReason: null);

    /// <summary>
    /// <see cref="Parse(SourceDocument)"/> within the budgets of <see cref="Options"/>: the document is cancelled
    /// when its time or memory is spent and abandoned if it does not stop, so the caller never waits on it longer.
    /// </summary>
    /// <param name="source">The document.</param>
    /// <param name="cancellationToken">The run's stop signal (Ctrl-C, SIGTERM): it stops the document and is rethrown.</param>
    public async Task<ReportResult> ParseAsync(SourceDocument source, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(source);
        cancellationToken.ThrowIfCancellationRequested();
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        string? spent = null;

        // The budget: DocumentTimeout, plus OcrPageAllowance for each page the reader says it sends to OCR.
        var timeout = Options.DocumentTimeout;
        var ocrPages = 0;
        var started = Options.Time.GetTimestamp();
        var gate = new Lock();
        using var timer = Options.Time.CreateTimer(
            _ =>
            {
                string why;
                lock (gate)
                {
                    why = ocrPages == 0
                        ? $"the time budget of {timeout.TotalSeconds:0.#} s was spent (limits:documentTimeout)"
                        : $"the time budget of {timeout.TotalSeconds:0.#} s was spent (limits:documentTimeout {Options.DocumentTimeout.TotalSeconds:0.#} s + {ocrPages} OCR page(s) × limits:ocrPageTimeout {Options.OcrPageAllowance.TotalSeconds:0.#} s)";
                }

                Interlocked.CompareExchange(ref spent, why, null);
                budget.Cancel();
            },
            null,
            timeout,
            Timeout.InfiniteTimeSpan);
        void AllowOcrPages(int pages)
        {
            lock (gate)
            {
                if (pages <= 0 || budget.IsCancellationRequested)
                {
                    return;
                }

                ocrPages += pages;
                timeout += Options.OcrPageAllowance * pages;
                var left = timeout - Options.Time.GetElapsedTime(started);
                timer.Change(left > TimeSpan.Zero ? left : TimeSpan.Zero, Timeout.InfiniteTimeSpan);
            }
        }

        using var watch = _watchdog.Value.Watch(budget, why => Interlocked.CompareExchange(ref spent, why, null));

        var work = Task.Run(() => Parse(source with { Cancellation = budget.Token, AllowOcrPages = AllowOcrPages }, () => Volatile.Read(ref spent)), CancellationToken.None);
        try
        {
            var result = await work.WaitAsync(budget.Token).ConfigureAwait(false);

            // A reader that honours the token can finish (as a stopped document) before WaitAsync sees the stop: the
            // run's stop must still reach the caller, whichever came first.
            cancellationToken.ThrowIfCancellationRequested();
            return result;
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested)
        {
            try
            {
                // A reader that checks its token stops within a page or a table; one that does not is left behind.
                await work.WaitAsync(s_stopGrace, Options.Time, CancellationToken.None).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Abandoned: it runs on in the background until it ends; its result is never used.
            }

            cancellationToken.ThrowIfCancellationRequested();
            return Failed(SourceOf(source), DiagnosticCodes.BudgetExceeded, Volatile.Read(ref spent) ?? "the document was stopped");
        }
    }

    /// <summary>
    /// Parses many documents at once, up to <see cref="ExtractionOptions.Parallelism"/>, yielding the results in the
    /// order of <paramref name="items"/> whatever order they finish in, so the output bytes do not depend on timing.
    /// </summary>
    /// <param name="items">What to read, in output order.</param>
    /// <param name="load">Loads one item's bytes (in parallel too); null when it cannot be loaded (the caller reports why).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public async IAsyncEnumerable<(T Item, ReportResult? Result)> ParseAllAsync<T>(
        IEnumerable<T> items,
        Func<T, CancellationToken, Task<SourceDocument?>> load,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(load);
        var window = new Queue<(T Item, Task<ReportResult?> Work)>();
        var parallelism = Math.Max(1, Options.Parallelism);
        using var gate = new SemaphoreSlim(parallelism);
        foreach (var item in items)
        {
            // Keep a few more started than running so a slow document does not idle the others; the window bounds memory.
            while (window.Count >= parallelism * 2)
            {
                var done = window.Dequeue();
                yield return (done.Item, await done.Work.ConfigureAwait(false));
            }

            window.Enqueue((item, RunOneAsync(item)));
        }

        while (window.Count > 0)
        {
            var done = window.Dequeue();
            yield return (done.Item, await done.Work.ConfigureAwait(false));
        }

        async Task<ReportResult?> RunOneAsync(T item)
        {
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                var source = await load(item, cancellationToken).ConfigureAwait(false);
                return source is null ? null : await ParseAsync(source, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                gate.Release();
            }
        }
    }

    /// <summary>Runs the cross-report rules over a set of reports and appends their results to each report concerned.</summary>
    public static IReadOnlyList<ReportResult> CheckAcross(IReadOnlyList<ReportResult> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return ReportChecker.CheckAcross(reports);
    }

    private ReportResult Parse(SourceDocument source, Func<string?>? stopReason)
    {
        ArgumentNullException.ThrowIfNull(source);
        var stage = "sniff";
        ReportSource? reportSource = null;
        try
        {
            source = Sniff(source);
            var format = source.Format!.Value;
            reportSource = new ReportSource(source.Uri, Sha256Hex(source.Content.Span), FormatDetector.Name(format));
            if (format == DocumentFormat.LegacyOffice && !_readers.ContainsKey(format))
            {
                return Failed(reportSource, DiagnosticCodes.Unreadable, FormatDetector.LegacyOfficeReason);
            }

            if (!_readers.TryGetValue(format, out var reader))
            {
                var why = format == DocumentFormat.Unknown
                    ? "the content is not HTML, PDF, DOCX or text"
                    : $"no reader for format {FormatDetector.Name(format)} is configured";
                return Failed(reportSource, DiagnosticCodes.UnknownFormat, why);
            }

            stage = "read";
            ReportDocument document;
            try
            {
                document = reader.Read(source);
            }
            catch (DocumentReadException ex) when (!source.Cancellation.IsCancellationRequested)
            {
                return Failed(reportSource, DiagnosticCodes.Unreadable, ex.Message);
            }

            source.Cancellation.ThrowIfCancellationRequested();
            stage = "map";
            // Numbers past the contract's bound become text here, before any rule adds or compares them.
            var mapped = ContractNumbers.Bound(TemplateMapper.Map(document, reportSource));
            source.Cancellation.ThrowIfCancellationRequested();
            stage = "check";
            var checks = ReportChecker.Check(mapped);
            source.Cancellation.ThrowIfCancellationRequested();
            var result = mapped with { Checks = checks };
            return ContractNumbers.Bound(document.Verifier?.Verify(result) ?? result);
        }
        catch (Exception) when (source.Cancellation.IsCancellationRequested)
        {
            // Whatever a cancelled reader threw on its way out, the reason is the budget or the stop.
            return Failed(reportSource ?? SourceOf(source), DiagnosticCodes.BudgetExceeded, stopReason?.Invoke() ?? "the document was stopped");
        }
#pragma warning disable CA1031 // Containment: a bug of ours on one document must cost that document, never the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed(reportSource ?? SourceOf(source), DiagnosticCodes.InternalError, $"internal error while {StageVerb(stage)}: {ex.GetType().FullName}: {ex.Message}");
        }
    }

    private static string StageVerb(string stage) => stage switch
    {
        "sniff" => "sniffing the format",
        "read" => "reading",
        "map" => "mapping onto the template",
        _ => "checking",
    };

    private static ReportSource SourceOf(SourceDocument source)
    {
        var format = source.Format ?? DocumentFormat.Unknown;
        return new ReportSource(source.Uri, Sha256Hex(source.Content.Span), FormatDetector.Name(format));
    }

    internal static ReportResult Failed(ReportSource source, string code, string why) => new()
    {
        Source = source,
        Status = ReportStatus.Failed,
        Template = TemplateIds.Unknown,
        Diagnostics = [new Diagnostic(code, why, string.Empty, Severity.Error)],
    };

    internal static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
