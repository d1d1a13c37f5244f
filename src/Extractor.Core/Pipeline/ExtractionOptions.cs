namespace Extractor.Core.Pipeline;

/// <summary>How many documents the pipeline reads at once and what one document may cost.</summary>
public sealed class ExtractionOptions
{
    /// <summary>Documents read, mapped and checked at once. Default: the number of cores.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>
    /// The time one document may take to be read, mapped and checked. Default 30 s (a 60-page PDF takes about 1 s).
    /// When it is spent the document is cancelled (readers check between pages and tables) and, should a reader not
    /// stop, abandoned: the run goes on and the document is <c>failed</c> with the reason.
    /// </summary>
    public TimeSpan DocumentTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Time added to <see cref="DocumentTimeout"/> for each page a reader sends to OCR (a scanned page takes 10 s to
    /// 2 min of CPU where a text page takes milliseconds). The reader announces the pages through
    /// <see cref="Reading.SourceDocument.AllowOcrPages"/> before it starts on them, so a 20-page scan gets 20 allowances
    /// and a born-digital report none. Default 2 min (a 300 dpi page took up to 127 s on a loaded machine).
    /// </summary>
    public TimeSpan OcrPageAllowance { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The managed heap one document in flight may hold, in bytes. Default 1 GiB (a real report needs under 100 MB).
    /// When the heap goes past this times the documents in flight, the longest-running one is cancelled and <c>failed</c>.
    /// </summary>
    public long DocumentMemory { get; init; } = 1L << 30;

    /// <summary>How often the heap is looked at. Default 200 ms.</summary>
    public TimeSpan MemoryPollInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The clock of the budgets; tests give a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;
}
