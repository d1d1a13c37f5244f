using Extractor.Core.Records;
using Extractor.Core.Writing;
using Extractor.Output;

namespace Extractor.Worker.Crawling;

/// <summary>The dataset writer of a crawl: the shared publish path writes through it, and it adds the crawl's records.</summary>
internal sealed class CrawlDatasetWriter(DatasetWriter writer, CrawlRecords crawl) : IDatasetWriter
{
    public Task WriteAsync(IEnumerable<ReportResult> reports, string directory, CancellationToken cancellationToken = default)
        => writer.WriteAsync(reports, directory, crawl, cancellationToken);
}
