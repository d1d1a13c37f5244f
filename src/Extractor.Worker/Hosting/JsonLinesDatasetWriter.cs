using Extractor.Core.Json;
using Extractor.Core.Records;
using Extractor.Core.Writing;

namespace Extractor.Worker.Hosting;

/// <summary>
/// A stand-in dataset writer until Extractor.Output's lands: <c>reports.jsonl</c>, one report per line, written beside
/// and renamed into place so a reader never sees half a file.
/// </summary>
internal sealed class JsonLinesDatasetWriter : IDatasetWriter
{
    public async Task WriteAsync(IEnumerable<ReportResult> reports, string directory, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        Directory.CreateDirectory(directory);
        var target = Path.Combine(directory, "reports.jsonl");
        var temp = target + ".tmp";
        var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None);
        await using (stream.ConfigureAwait(false))
        {
            foreach (var report in reports)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ReportJsonWriter.Write(stream, report);
                stream.WriteByte((byte)'\n');
            }

            await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, target, overwrite: true);
    }
}
