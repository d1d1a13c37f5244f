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
}
