namespace Extractor.Worker.Publishing;

/// <summary>
/// Where read reports wait, as contract JSON, for the publish step: a temporary JSON Lines file for <c>parse</c>, the
/// state store for the crawl. Reading it back yields the reports in one stable order.
/// </summary>
internal interface IReportSpool
{
    /// <summary>
    /// The spooled reports in order, each as the UTF-8 bytes of its JSON line (without the newline). A line is valid
    /// until the enumeration moves on (a spool may reuse one buffer); copy it to keep it.
    /// </summary>
    IEnumerable<ReadOnlyMemory<byte>> Read();
}
