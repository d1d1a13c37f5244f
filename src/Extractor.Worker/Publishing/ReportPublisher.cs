using Extractor.Core.Checks;
using Extractor.Core.Json;
using Extractor.Core.Records;
using Extractor.Core.Writing;

namespace Extractor.Worker.Publishing;

/// <summary>
/// The one publish path of <c>parse</c> and the crawl: stream the spool once, append each report's cross-report
/// results, and hand the reports to the JSON Lines output and/or the dataset writer.
/// </summary>
internal static class ReportPublisher
{
    /// <summary>Publishes the spooled reports; returns how many there were.</summary>
    /// <param name="spool">The reports, in output order.</param>
    /// <param name="index">The cross-report index built while spooling, or null to build it with a first pass over the spool.</param>
    /// <param name="json">Where to print the JSON Lines, or null.</param>
    /// <param name="writer">The dataset writer, or null.</param>
    /// <param name="outputFolder">The dataset folder, when <paramref name="writer"/> is given.</param>
    /// <param name="onReport">Called once per report as it goes out (logging, counting).</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public static async Task<int> PublishAsync(
        IReportSpool spool,
        CrossReportIndex? index,
        Stream? json,
        IDatasetWriter? writer,
        string? outputFolder,
        Action<ReportResult>? onReport,
        CancellationToken cancellationToken)
    {
        using var owned = index is null ? new CrossReportIndex() : null;
        if (index is null)
        {
            index = owned!;
            foreach (var line in spool.Read())
            {
                index.Add(ReportJsonReader.Read(line));
            }
        }

        var count = 0;
        var reports = Stream();
        if (writer is not null)
        {
            await writer.WriteAsync(reports, outputFolder ?? throw new ArgumentNullException(nameof(outputFolder)), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            foreach (var _ in reports)
            {
                // Enumerating is what prints the JSON lines.
            }
        }

        if (json is not null)
        {
            await json.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        return count;

        IEnumerable<ReportResult> Stream()
        {
            var position = 0;
            foreach (var line in spool.Read())
            {
                cancellationToken.ThrowIfCancellationRequested();
                var added = index.ChecksFor(position);
                if (writer is null && onReport is null && added.Count == 0)
                {
                    // Nothing to add and nothing to build: the spooled bytes are the output bytes.
                    WriteLine(json!, line.Span);
                    position++;
                    count++;
                    continue;
                }

                var report = index.Apply(position++, ReportJsonReader.Read(line));
                if (json is not null)
                {
                    if (added.Count == 0)
                    {
                        WriteLine(json, line.Span);
                    }
                    else
                    {
                        ReportJsonWriter.Write(json, report);
                        json.WriteByte((byte)'\n');
                    }
                }

                count++;
                onReport?.Invoke(report);
                yield return report;
            }
        }
    }

    private static void WriteLine(Stream output, ReadOnlySpan<byte> line)
    {
        output.Write(line);
        output.WriteByte((byte)'\n');
    }
}
