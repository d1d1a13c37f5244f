using Extractor.Core.Json;
using Extractor.Core.Records;

namespace Extractor.Worker.Publishing;

/// <summary>The spool of <c>parse</c>: a JSON Lines file in the temporary folder, deleted when disposed.</summary>
internal sealed class JsonlSpool : IReportSpool, IDisposable
{
    private readonly string _path;
    private readonly FileStream _writer;

    private JsonlSpool(string path)
    {
        _path = path;
        _writer = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.Read, 64 * 1024);
    }

    /// <summary>Creates an empty spool file, named so that a leftover is recognisable.</summary>
    public static JsonlSpool Create() => new(Path.Combine(Path.GetTempPath(), $"extractor-parse-{Guid.NewGuid():N}.jsonl"));

    /// <summary>The number of reports added.</summary>
    public int Count { get; private set; }

    /// <summary>Appends one report.</summary>
    public void Add(ReportResult report)
    {
        ReportJsonWriter.Write(_writer, report);
        _writer.WriteByte((byte)'\n');
        Count++;
    }

    /// <inheritdoc/>
    public IEnumerable<ReadOnlyMemory<byte>> Read()
    {
        _writer.Flush();
        using var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 64 * 1024);
        var buffer = new byte[64 * 1024];
        var line = new MemoryStream();
        int read;
        while ((read = reader.Read(buffer, 0, buffer.Length)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                line.Write(buffer, start, i - start);
                yield return line.ToArray();
                line.SetLength(0);
                start = i + 1;
            }

            line.Write(buffer, start, read - start);
        }

        if (line.Length > 0)
        {
            yield return line.ToArray();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        File.Delete(_path);
    }
}
