using System.Globalization;
using Extractor.Output.Parquet;
using Extractor.Output.Tables;
using Parquet;

namespace Extractor.Output.Tests.Parquet;

/// <summary>
/// Row group metadata spilled to a temporary file and spliced into the footer gives the very bytes Parquet.Net writes
/// when it keeps the metadata itself, for any number of row groups (the list header changes form at 15 and the count's
/// varint at 128), and leaves no temporary file.
/// </summary>
public sealed class FooterSpillTests : IDisposable
{
    private static readonly DatasetColumn<int>[] s_columns =
    [
        DatasetColumn<int>.OfText(new ColumnInfo("text", ColumnType.String, "test"), static i => i % 7 == 0 ? null : new string('文', i % 90) + i.ToString(CultureInfo.InvariantCulture)),
        DatasetColumn<int>.OfInteger(new ColumnInfo("number", ColumnType.Integer, "test"), static i => i % 5 == 0 ? null : i),
    ];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-spill-tests", Guid.NewGuid().ToString("N"));

    public FooterSpillTests()
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

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(14)]
    [InlineData(15)]
    [InlineData(300)]
    public async Task WriteAsync_SpilledFooter_SameBytesAsParquetNetsAndReadBack(int groups)
    {
        Assert.True(FooterSpill.Supported, "Parquet.Net's writer internals are no longer reachable: row group metadata would grow in memory again");
        var rows = groups * 3;
        var spilled = await WriteAsync("spilled.parquet", rows, spill: true);
        var kept = await WriteAsync("kept.parquet", rows, spill: false);

        Assert.Equal(await File.ReadAllBytesAsync(kept), await File.ReadAllBytesAsync(spilled));
        Assert.Equal(["kept.parquet", "spilled.parquet"], Directory.EnumerateFiles(_root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        await using var reader = await ParquetReader.CreateAsync(spilled);
        Assert.Equal(groups, reader.RowGroupCount);
        Assert.Equal(rows, reader.Metadata!.NumRows);
        if (groups > 0)
        {
            using var group = reader.OpenRowGroupReader(groups - 1);
            var last = new int?[3];
            await group.ReadAsync<int>(reader.Schema.DataFields[1], last, null);
            Assert.Equal(Enumerable.Range(rows - 3, 3).Select(static i => i % 5 == 0 ? null : (int?)i), last);
        }
    }

    private async Task<string> WriteAsync(string name, int rows, bool spill)
    {
        var path = Path.Combine(_root, name);
        await using var writer = await ParquetTableWriter<int>.CreateAsync(path, s_columns, 3, 1 << 20, CancellationToken.None, spillFooter: spill);
        for (var i = 0; i < rows; i++)
        {
            await writer.WriteAsync(i, CancellationToken.None);
        }

        await writer.CompleteAsync(CancellationToken.None);
        return path;
    }
}
