using System.Buffers.Binary;
using System.Reflection;
using Parquet;
using Parquet.Meta;

namespace Extractor.Output.Parquet;

/// <summary>
/// Parquet.Net keeps every row group's metadata as objects until the footer is written, so a file's memory grew with
/// its row groups (the checks table: 58 per 1,000 reports, each a few hundred bytes per column even after
/// <see cref="RowGroupMetadata"/> trims it). This moves each row group's metadata, once the group is written, to a
/// temporary file in Thrift's compact encoding (the bytes the footer holds for it) and drops the objects; at the end
/// it writes the footer itself: Parquet.Net's own encoding of the file metadata with no row group, with the spilled
/// groups spliced into its `row_groups` list. The footer is byte for byte the one Parquet.Net would write (tested).
/// Parquet.Net has no API for it: its writer's fields and the metadata's Thrift writer are internal, reached here by
/// reflection; <see cref="Supported"/> is false if an upgrade renames them, and the writer then keeps the objects as
/// before.
/// </summary>
internal sealed class FooterSpill : IAsyncDisposable
{
    private const BindingFlags Private = BindingFlags.Instance | BindingFlags.NonPublic;

    // Thrift compact encoding: a list's header is (size << 4 | element type) below 15 elements, else 0xF0 | type and
    // the size as a varint; 12 is the type of a struct.
    private const byte StructType = 12;

    private static readonly Assembly s_parquet = typeof(ParquetWriter).Assembly;
    private static readonly FieldInfo? s_rowGroup = typeof(ParquetRowGroupWriter).GetField("_owGroup", Private);
    private static readonly FieldInfo? s_footer = typeof(ParquetWriter).GetField("_footer", Private);
    private static readonly FieldInfo? s_openedWriters = typeof(ParquetWriter).GetField("_openedWriters", Private);
    private static readonly FieldInfo? s_fileMeta = s_parquet.GetType("Parquet.File.ThriftFooter")?.GetField("_fileMeta", Private);
    private static readonly System.Type? s_protocol = s_parquet.GetType("Parquet.Meta.Proto.ThriftCompactProtocolWriter");
    private static readonly ConstructorInfo? s_newProtocol = s_protocol?.GetConstructor([typeof(Stream)]);
    private static readonly MethodInfo? s_writeRowGroup = s_protocol is null ? null : typeof(RowGroup).GetMethod("Write", Private | BindingFlags.Public, [s_protocol]);
    private static readonly MethodInfo? s_writeFileMeta = s_protocol is null ? null : typeof(FileMetaData).GetMethod("Write", Private | BindingFlags.Public, [s_protocol]);

    private readonly FileStream _spill;
    private int _groups;
    private long _rows;

    private FooterSpill(FileStream spill)
    {
        _spill = spill;
    }

    /// <summary>The row groups spilled so far.</summary>
    public int Groups => _groups;

    /// <summary>True when this version of Parquet.Net lets the row groups be spilled and the footer be written here.</summary>
    public static bool Supported { get; } =
        s_rowGroup?.FieldType == typeof(RowGroup)
        && s_footer is not null
        && s_fileMeta?.FieldType == typeof(FileMetaData)
        && s_footer.FieldType == s_fileMeta.DeclaringType
        && s_openedWriters?.FieldType == typeof(List<ParquetRowGroupWriter>)
        && s_newProtocol is not null && s_writeRowGroup is not null && s_writeFileMeta is not null;

    /// <summary>Opens the temporary file beside <paramref name="path"/>, deleted when closed; null where not <see cref="Supported"/>.</summary>
    public static FooterSpill? TryCreate(string path)
    {
        if (!Supported)
        {
            return null;
        }

        // Sequential appends, read once at the end: a small buffer is enough.
        var spillPath = path + ".footer-spill";
        var spill = new FileStream(spillPath, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 12, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            // The open handle keeps the data; without a name nothing is left behind even if the process is killed.
            File.Delete(spillPath);
        }

        return new FooterSpill(spill);
    }

    /// <summary>Moves the metadata of the row group <paramref name="group"/> (written and disposed) out of <paramref name="writer"/>.</summary>
    public void Take(ParquetWriter writer, ParquetRowGroupWriter group)
    {
        var rowGroup = (RowGroup)s_rowGroup!.GetValue(group)!;
        var groups = FileMeta(writer).RowGroups;
        if (groups.Count == 0 || !ReferenceEquals(groups[^1], rowGroup))
        {
            throw new InvalidOperationException("FooterSpill: the row group taken is not the last one the Parquet writer added.");
        }

        Write(rowGroup, _spill);
        groups.RemoveAt(groups.Count - 1);

        // The writer keeps each group's writer (and through it the metadata) only to sum the rows when it is disposed,
        // which WriteFooterAsync does instead.
        ((List<ParquetRowGroupWriter>)s_openedWriters!.GetValue(writer)!).Clear();
        _groups++;
        _rows += rowGroup.NumRows;
    }

    /// <summary>
    /// Writes the footer of <paramref name="writer"/>'s file to <paramref name="output"/>, which is after its last row
    /// group, as ParquetWriter's DisposeAsync would: the metadata, its length, the magic. The writer must not be disposed after.
    /// </summary>
    public async Task WriteFooterAsync(ParquetWriter writer, Stream output, CancellationToken cancellationToken)
    {
        var meta = FileMeta(writer);
        if (meta.RowGroups is not { Count: 0 })
        {
            throw new InvalidOperationException("FooterSpill: the Parquet writer holds row groups that were not spilled.");
        }

        meta.NumRows += _rows;
        var empty = Encode(meta);

        // Where the empty row group list's header lies: the first byte that differs when the list holds one group.
        meta.RowGroups = [new RowGroup { Columns = [] }];
        var one = Encode(meta);
        meta.RowGroups = [];
        var at = 0;
        while (at < empty.Length && at < one.Length && empty[at] == one[at])
        {
            at++;
        }

        if (at >= empty.Length || empty[at] != StructType || one[at] != (1 << 4 | StructType))
        {
            throw new InvalidOperationException("FooterSpill: the row group list was not found in the encoded file metadata.");
        }

        var header = ListHeader(_groups);
        var length = empty.Length - 1 + header.Length + _spill.Length;
        await output.WriteAsync(empty.AsMemory(0, at), cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(header, cancellationToken).ConfigureAwait(false);
        _spill.Position = 0;
        await _spill.CopyToAsync(output, cancellationToken).ConfigureAwait(false);
        await output.WriteAsync(empty.AsMemory(at + 1), cancellationToken).ConfigureAwait(false);
        var tail = new byte[8];
        BinaryPrimitives.WriteInt32LittleEndian(tail, checked((int)length));
        "PAR1"u8.CopyTo(tail.AsSpan(4));
        await output.WriteAsync(tail, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => _spill.DisposeAsync();

    private static FileMetaData FileMeta(ParquetWriter writer) => (FileMetaData)s_fileMeta!.GetValue(s_footer!.GetValue(writer))!;

    private static void Write(object metadata, Stream stream)
    {
        var protocol = s_newProtocol!.Invoke([stream]);
        (metadata is RowGroup ? s_writeRowGroup : s_writeFileMeta)!.Invoke(metadata, [protocol]);
    }

    private static byte[] Encode(FileMetaData meta)
    {
        using var buffer = new MemoryStream();
        Write(meta, buffer);
        return buffer.ToArray();
    }

    private static byte[] ListHeader(int count)
    {
        if (count < 15)
        {
            return [(byte)(count << 4 | StructType)];
        }

        var header = new List<byte> { 0xF0 | StructType };
        for (var rest = (uint)count; ; rest >>= 7)
        {
            if (rest < 0x80)
            {
                header.Add((byte)rest);
                return [.. header];
            }

            header.Add((byte)(rest & 0x7F | 0x80));
        }
    }
}
