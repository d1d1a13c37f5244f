using System.Text;
using Extractor.Worker.State;

namespace Extractor.Worker.Publishing;

/// <summary>The spool of the crawl: the current result of every report URL in the state store, by source and URL.</summary>
internal sealed class StateSpool(IStateStore store) : IReportSpool
{
    /// <inheritdoc/>
    public IEnumerable<ReadOnlyMemory<byte>> Read() => store.CurrentResults().Select(static r => (ReadOnlyMemory<byte>)Encoding.UTF8.GetBytes(r.Json));
}
