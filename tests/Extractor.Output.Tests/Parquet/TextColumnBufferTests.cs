using System.Globalization;
using System.Runtime.CompilerServices;
using Extractor.Output.Parquet;
using Extractor.Output.Tables;
using Parquet;

namespace Extractor.Output.Tests.Parquet;

/// <summary>
/// Text values are buffered as copies in the buffer's own character arrays: they come back the same (nulls, empty
/// strings, values spread over several arrays as the buffer grows), and once a row group is written no string of it
/// stays reachable, though Parquet.Net returns the arrays it rented for them to the shared pool uncleared.
/// </summary>
public sealed class TextColumnBufferTests : IDisposable
{
    private static readonly DatasetColumn<string>[] s_columns =
        [DatasetColumn<string>.OfText(new ColumnInfo("text", ColumnType.String, "test"), static v => v)];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-text-buffer-tests", Guid.NewGuid().ToString("N"));

    public TextColumnBufferTests()
    {
        Directory.CreateDirectory(_root);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [Fact]
    public void Slice_ValuesOverSeveralArrays_SameValuesAndNulls()
    {
        var buffer = new TextColumnBuffer(1_000, 20_000);
        var values = Enumerable.Range(0, 600).Select(static i => i % 9 == 0 ? null : i % 10 == 0 ? string.Empty : new string('证', i % 70) + i.ToString(CultureInfo.InvariantCulture)).ToList();
        foreach (var round in new[] { 0, 1 })
        {
            foreach (var value in values)
            {
                buffer.Add(value);
            }

            var slices = new ReadOnlyMemory<char>?[buffer.Count + 3];
            buffer.Slice(slices);
            Assert.Equal(values.Count, buffer.Count);
            Assert.Equal(values, slices.Take(values.Count).Select(static s => s?.ToString()));
            buffer.Clear();
            Assert.Equal(0, buffer.Count);
        }
    }

    [Fact]
    public async Task WriteAsync_RowGroupWritten_ItsStringsCanBeCollected()
    {
        var path = Path.Combine(_root, "t.parquet");
        var writer = await ParquetTableWriter<string>.CreateAsync(path, s_columns, 50, 1 << 20, CancellationToken.None);
        List<WeakReference> written;
        try
        {
            written = await WriteGroupAsync(writer);
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            await writer.CompleteAsync(CancellationToken.None);
        }
        finally
        {
            await writer.DisposeAsync();
        }

        Assert.NotEmpty(written);
        Assert.All(written, static w => Assert.False(w.IsAlive, "a written row's text stayed reachable"));
        await using var reader = await ParquetReader.CreateAsync(path);
        Assert.Equal(50, reader.Metadata!.NumRows);
    }

    // The strings are made in a frame of their own, so that only the writer (or a pool) could keep them alive.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static async Task<List<WeakReference>> WriteGroupAsync(ParquetTableWriter<string> writer)
    {
        var written = new List<WeakReference>();
        for (var i = 0; i < 50; i++)
        {
            var text = new string('据', 300) + i.ToString(CultureInfo.InvariantCulture);
            written.Add(new WeakReference(text));
            await writer.WriteAsync(text, CancellationToken.None);
        }

        return written;
    }
}
