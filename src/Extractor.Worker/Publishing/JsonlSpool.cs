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

    /// <summary>Creates an empty spool file, named with the process id so that a later run can delete it if this one is killed.</summary>
    public static JsonlSpool Create() => new(SpoolFile.Create());

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
    /// <remarks>Each line is valid until the enumeration moves on: one buffer serves every line (a line is ~100 KB, and an
    /// array per line went through the large-object heap).</remarks>
    public IEnumerable<ReadOnlyMemory<byte>> Read()
    {
        _writer.Flush();
        using var reader = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1);
        var buffer = new byte[256 * 1024];
        var start = 0;
        var end = 0;
        while (true)
        {
            var newline = buffer.AsSpan(start, end - start).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                yield return new ReadOnlyMemory<byte>(buffer, start, newline);
                start += newline + 1;
                continue;
            }

            // No whole line left: move the partial line to the front (growing the buffer if the line fills it) and read on.
            if (start > 0)
            {
                Buffer.BlockCopy(buffer, start, buffer, 0, end - start);
                end -= start;
                start = 0;
            }
            else if (end == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = reader.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                break;
            }

            end += read;
        }

        if (end > start)
        {
            yield return new ReadOnlyMemory<byte>(buffer, start, end - start);
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        File.Delete(_path);
    }
}
