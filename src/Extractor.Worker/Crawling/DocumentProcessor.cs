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
    private readonly StateStore _store;
    private readonly RawArchive _archive;
    private readonly ReportParser _parser;
    private readonly PipelineOptions _options;
    private readonly TimeProvider _time;
    private readonly ILogger<DocumentProcessor> _logger;

    public DocumentProcessor(
        HttpFetcher http,
        FileFetcher files,
        StateStore store,
        RawArchive archive,
        ReportParser parser,
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
        return Finish(passId, item, rules, fetched).State;
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
    public (FrontierState State, IReadOnlyCollection<string> NewHosts) Finish(long passId, FrontierItem item, SourceRules rules, FetchResult fetched)
    {
        var completion = Complete(item, rules, fetched) with { Requests = fetched.Requests, Elapsed = fetched.Elapsed };
        var newHosts = _store.Complete(passId, completion);
        Log.Done(_logger, item.Url, StateStore.Name(completion.State), completion.Reason ?? string.Empty);
        return (completion.State, newHosts);
    }

    private ItemCompletion Complete(FrontierItem item, SourceRules rules, FetchResult fetched)
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

        var result = Parse(item.Url, bytes, fetched);
        var links = FormatDetector.Detect(bytes, item.Url) == DocumentFormat.Html && item.Kind == FrontierKind.Report
            ? Links(bytes, item, rules, fetched.FinalUri, fetched.Charset)
            : [];
        Log.Parsed(_logger, item.Url, ReportJsonWriter.Name(result.Status), result.Template, result.Year);
        return ok with
        {
            State = FrontierState.Parsed,
            Version = (ReportJsonWriter.Name(result.Status), ReportJsonWriter.ToJson(result)),
            Links = links,
        };
    }

    private ReportResult Parse(string url, byte[] bytes, FetchResult fetched)
    {
        try
        {
            return _parser.Parse(new SourceDocument(url, bytes, fetched.Charset, fetched.ContentType));
        }
#pragma warning disable CA1031 // A reader bug must cost one report, not the pass; it is recorded as a failed report.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            Log.ReaderCrashed(_logger, url, ex);
            return new ReportResult
            {
                Source = new ReportSource(url, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), FormatDetector.Name(FormatDetector.Detect(bytes, url))),
                Status = ReportStatus.Failed,
                Template = TemplateIds.Unknown,
                Diagnostics = [new Diagnostic(DiagnosticCodes.Unreadable, $"the reader failed: {ex.GetType().Name}: {ex.Message}", string.Empty, Severity.Error)],
            };
        }
    }

    private static List<DiscoveredLink> Links(byte[] bytes, FrontierItem item, SourceRules rules, Uri? finalUri, string? charset)
    {
        var text = PageDecoder.Decode(bytes, charset);
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
