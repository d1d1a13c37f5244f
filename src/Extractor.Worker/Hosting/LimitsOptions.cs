namespace Extractor.Worker.Hosting;

/// <summary>Size, time and count limits that keep one bad page from stalling a pass.</summary>
internal sealed class LimitsOptions
{
    /// <summary>The largest document kept; a bigger one is recorded as skipped. Default 50 MiB.</summary>
    public long MaxDocumentBytes { get; set; } = 50L * 1024 * 1024;

    /// <summary>The time one attempt may take to return headers. Default 30 s.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The time one document may take overall, retries and body included. Default 3 min.</summary>
    public TimeSpan DocumentTimeout { get; set; } = TimeSpan.FromMinutes(3);

    /// <summary>Retries of a failed request (5xx, 408, 429, connection errors), with jittered exponential backoff. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>The first retry's delay; a Retry-After header takes precedence. Default 2 s.</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most redirects followed for one request. Default 5.</summary>
    public int MaxRedirects { get; set; } = 5;

    /// <summary>The most documents fetched in one pass, all sources together. Default 5000.</summary>
    public int MaxDocumentsPerPass { get; set; } = 5000;

    /// <summary>The time reading one document (read, map, check) may take; then it is stopped and failed. Default 30 s.</summary>
    public TimeSpan ReadTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Time added to <see cref="ReadTimeout"/> for each page of the document sent to OCR (a scan). Default 2 min.</summary>
    public TimeSpan OcrPageTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The managed heap one document being read may hold, in bytes; then it is stopped and failed. Default 1 GiB.</summary>
    public long DocumentMemory { get; set; } = 1L << 30;

    /// <summary>Documents read at once (parse; the crawl reads as it fetches). Default: the number of cores.</summary>
    public int ReadParallelism { get; set; } = Environment.ProcessorCount;
}
