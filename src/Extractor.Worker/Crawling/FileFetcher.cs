using Extractor.Worker.Hosting;
using Extractor.Worker.State;
using Microsoft.Extensions.Options;

namespace Extractor.Worker.Crawling;

/// <summary>Reads file:// URLs, for local mirrors and the bundled demo; unchanged files are caught by their hash.</summary>
internal sealed class FileFetcher
{
    private readonly PipelineOptions _options;

    public FileFetcher(IOptions<PipelineOptions> options) => _options = options.Value;

    public async Task<FetchResult> FetchAsync(FrontierItem item, SourceRules rules, CancellationToken cancellationToken)
    {
        var uri = new Uri(item.Url);
        if (!rules.IsAllowed(uri))
        {
            return new FetchResult(FetchStatus.Skipped, $"{uri.LocalPath} is outside the folders of source '{rules.Name}'");
        }

        var info = new FileInfo(uri.LocalPath);
        if (!info.Exists)
        {
            return new FetchResult(FetchStatus.Failed, $"file not found: {uri.LocalPath}");
        }

        if (info.Length > _options.Limits.MaxDocumentBytes)
        {
            return new FetchResult(FetchStatus.Skipped, $"{info.Length} bytes is over limits:maxDocumentBytes");
        }

        var bytes = await File.ReadAllBytesAsync(info.FullName, cancellationToken).ConfigureAwait(false);
        return new FetchResult(FetchStatus.Ok)
        {
            Content = bytes,
            FinalUri = uri,
            ContentType = info.Extension.ToUpperInvariant() switch
            {
                ".HTML" or ".HTM" or ".SHTML" => "text/html",
                ".PDF" => "application/pdf",
                ".TXT" or ".MD" => "text/plain",
                _ => null,
            },
        };
    }
}
