using Extractor.Core.Json;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Core.Templates;
using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Crawling;

/// <summary>
/// Handles one frontier item in its own DI scope: fetch, archive the bytes, then either follow a listing's links or
/// read a report, and store it all in one transaction. Unchanged bytes are never read again.
/// </summary>
internal sealed class DocumentProcessor
{
    private readonly HttpFetcher _http;
    private readonly FileFetcher _files;
    private readonly IStateStore _store;
    private readonly RawArchive _archive;
    private readonly ExtractionPipeline _parser;
    private readonly PipelineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DocumentProcessor> _logger;

    public DocumentProcessor(
        HttpFetcher http,
        FileFetcher files,
        IStateStore store,
        RawArchive archive,
        ExtractionPipeline parser,
        IOptions<PipelineOptions> options,
        TimeProvider time,
        ILogger<DocumentProcessor> logger)
    {
        _http = http;
        _files = files;
        _store = store;
        _archive = archive;
        _parser = parser;
        _options = options.Value;
        _time = time;
        _logger = logger;
    }

    /// <summary>Processes <paramref name="item"/> to the end; only the document timeout cuts it short, so a shutdown waits for it.</summary>
    public async Task<FrontierState> ProcessAsync(long passId, FrontierItem item, SourceRules rules)
    {
        var fetched = await FetchAsync(item, rules).ConfigureAwait(false);
        return (await FinishAsync(passId, item, rules, fetched).ConfigureAwait(false)).State;
    }

    /// <summary>The fetch half, run on a host lane; only the document timeout cuts it short.</summary>
    public async Task<FetchResult> FetchAsync(FrontierItem item, SourceRules rules)
    {
        _store.MarkFetching(item);
        Log.Fetching(_logger, item.Url, StateStore.Name(item.Kind));

        var started = _time.GetTimestamp();
        FetchResult fetched;
        using (var timeout = new CancellationTokenSource(_options.Limits.DocumentTimeout, _time))
        {
            try
            {
                fetched = new Uri(item.Url).IsFile
                    ? await _files.FetchAsync(item, rules, timeout.Token).ConfigureAwait(false)
                    : await _http.FetchAsync(item, rules, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (timeout.IsCancellationRequested)
            {
                fetched = new FetchResult(FetchStatus.Failed, $"timed out after limits:documentTimeout ({_options.Limits.DocumentTimeout})");
            }
        }

        return fetched with { Elapsed = _time.GetElapsedTime(started) };
    }

    /// <summary>The read half, run on the reading workers: archive, read or follow links, store; returns the new hosts found.</summary>
    public async Task<(FrontierState State, IReadOnlyCollection<string> NewHosts)> FinishAsync(long passId, FrontierItem item, SourceRules rules, FetchResult fetched)
    {
        var completion = (await CompleteAsync(item, rules, fetched).ConfigureAwait(false)) with { Requests = fetched.Requests, Elapsed = fetched.Elapsed };
        var newHosts = _store.Complete(passId, completion);
        Log.Done(_logger, item.Url, StateStore.Name(completion.State), completion.Reason ?? string.Empty);
        return (completion.State, newHosts);
    }

    private async Task<ItemCompletion> CompleteAsync(FrontierItem item, SourceRules rules, FetchResult fetched)
    {
        var basic = new ItemCompletion
        {
            Item = item,
            State = FrontierState.Failed,
            Reason = fetched.Reason,
            HttpStatus = fetched.HttpStatus,
        };

        switch (fetched.Status)
        {
            case FetchStatus.Failed when fetched.HttpStatus is 404 or 410 && item.Sha256 is not null && item.Kind != FrontierKind.Listing:
                // A report we hold has disappeared: kept in the datasets, marked withdrawn (the store keeps the first date).
                return basic with { State = FrontierState.Withdrawn };
            case FetchStatus.Failed:
                return basic;
            case FetchStatus.Blocked:
                return basic with { State = FrontierState.Blocked };
            case FetchStatus.Skipped:
                return basic with { State = FrontierState.Skipped };
            case FetchStatus.NotModified when item.Kind == FrontierKind.Listing:
                // The listing is as before, but its links must still be queued for this pass: read them from the archive.
                var stored = item.Sha256 is null ? null : _archive.Get(item.Sha256);
                return stored is null
                    ? basic with { Reason = "304 for a listing whose copy is missing from the archive" }
                    : basic with { State = FrontierState.Unchanged, Links = Links(stored, item, rules, fetched.FinalUri, item.Charset) };
            case FetchStatus.NotModified:
                return basic with { State = FrontierState.Unchanged };
        }

        var bytes = fetched.Content!;
        var sha = _archive.Put(bytes);
        var ok = basic with
        {
            Bytes = bytes.Length,
            Sha256 = sha,
            ETag = fetched.ETag,
            LastModified = fetched.LastModified,
            ContentType = fetched.ContentType,
            Charset = fetched.Charset,
            Reason = null,
        };

        if (item.Kind == FrontierKind.Listing)
        {
            return ok with { State = FrontierState.Fetched, Links = Links(bytes, item, rules, fetched.FinalUri, fetched.Charset) };
        }

        if (sha == item.Sha256 || _store.HasVersion(item.Url, sha))
        {
            // Same bytes as a stored version: not read again.
            return ok with { State = FrontierState.Unchanged, Reason = "same bytes as stored" };
        }

        // One sniff: the format and decoded text serve both the reader and the link finder.
        var source = ExtractionPipeline.Sniff(new SourceDocument(item.Url, bytes, fetched.Charset, fetched.ContentType));
        var result = await _parser.ParseAsync(source).ConfigureAwait(false);
        var links = source.Format == DocumentFormat.Html && item.Kind == FrontierKind.Report
            ? Links(source.Decoded!.Text, item, rules, fetched.FinalUri)
            : [];
        if (result.Diagnostics.FirstOrDefault(static d => d.Code == DiagnosticCodes.InternalError) is { } crash)
        {
            Log.ReaderCrashed(_logger, item.Url, crash.Message);
        }

        Log.Parsed(_logger, item.Url, ReportJsonWriter.Name(result.Status), result.Template, result.Year);
        return ok with
        {
            State = FrontierState.Parsed,
            Version = (ReportJsonWriter.Name(result.Status), ReportJsonWriter.ToJson(result)),
            Links = links,
        };
    }

    private static List<DiscoveredLink> Links(byte[] bytes, FrontierItem item, SourceRules rules, Uri? finalUri, string? charset)
        => Links(TextDecoder.DecodeHtml(bytes, charset).Text, item, rules, finalUri);

    private static List<DiscoveredLink> Links(string text, FrontierItem item, SourceRules rules, Uri? finalUri)
    {
        var pageUri = finalUri ?? new Uri(item.Url);
        var found = new List<DiscoveredLink>();
        foreach (var link in LinkExtractor.Extract(text, pageUri))
        {
            if (rules.Classify(link, item.Kind, item.Page) is { } next && next.Url != item.Url)
            {
                found.Add(next);
            }
        }

        return found;
    }
}
