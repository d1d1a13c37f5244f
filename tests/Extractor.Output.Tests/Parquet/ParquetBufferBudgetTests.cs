using System.Globalization;
using Extractor.Output.Parquet;
using Extractor.Output.Tables;
using Extractor.Output.Tests.Builders;
using Parquet;

namespace Extractor.Output.Tests.Parquet;

/// <summary>
/// The Parquet files of one write share one budget for the rows they buffer, and the footer keeps no long text bounds:
/// memory then stays bounded whatever the number of files and reports, and the values read back are the same.
/// </summary>
public sealed class ParquetBufferBudgetTests : IDisposable
{
    private static readonly DatasetColumn<string>[] s_columns =
        [DatasetColumn<string>.OfText(new ColumnInfo("text", ColumnType.String, "test"), static v => v)];

    private readonly string _root = Path.Combine(Path.GetTempPath(), "extractor-budget-tests", Guid.NewGuid().ToString("N"));

    public ParquetBufferBudgetTests()
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
    public async Task WriteAsync_ThreeFilesOverTheBudget_NeverHoldMoreThanTheBudgetAndTheLargestIsCut()
    {
        // Each file alone would keep all its rows in one group (caps of 1,000 rows and 1 MiB are never reached).
        var budget = new ParquetBufferBudget(4_000);
        var writers = new List<ParquetTableWriter<string>>();
        for (var i = 0; i < 3; i++)
        {
            writers.Add(await ParquetTableWriter<string>.CreateAsync(Path.Combine(_root, $"t{i}.parquet"), s_columns, 1_000, 1 << 20, CancellationToken.None, budget: budget));
        }

        var peak = 0L;
        for (var row = 0; row < 300; row++)
        {
            // File 0 gets long rows, the others short ones: file 0 should be cut most often.
            for (var i = 0; i < writers.Count; i++)
            {
                await writers[i].WriteAsync(new string((char)('a' + i), i == 0 ? 40 : 5) + row.ToString(CultureInfo.InvariantCulture), CancellationToken.None);
                peak = Math.Max(peak, budget.Buffered);
                Assert.Equal(writers.Sum(static w => w.BufferedBytes), budget.Buffered);
            }
        }

        foreach (var writer in writers)
        {
            await writer.CompleteAsync(CancellationToken.None);
            await writer.DisposeAsync();
        }

        Assert.Equal(0, budget.Buffered);
        Assert.True(peak <= budget.Limit, $"peak {peak} over the budget {budget.Limit}");
        var groups = new List<int>();
        var rows = new List<long>();
        foreach (var i in Enumerable.Range(0, 3))
        {
            await using var reader = await ParquetReader.CreateAsync(Path.Combine(_root, $"t{i}.parquet"));
            groups.Add(reader.RowGroupCount);
            rows.Add(reader.Metadata!.RowGroups.Sum(static g => g.NumRows));
        }

        Assert.Equal([300L, 300L, 300L], rows);
        Assert.True(groups[0] > groups[1] && groups[0] > 5, $"row groups per file: {string.Join(", ", groups)}");
    }

    [Fact]
    public async Task WriteAsync_LongText_FooterKeepsNoLongBoundsAndDuckDbReadsEveryValue()
    {
        Assert.True(RowGroupMetadata.Supported, "Parquet.Net's row group metadata is no longer reachable: the footer would keep whole texts again");
        var path = Path.Combine(_root, "long.parquet");
        var values = Enumerable.Range(0, 50).Select(static i => i % 2 == 0 ? $"短{i}" : new string('长', 200) + i.ToString(CultureInfo.InvariantCulture)).ToList();
        var shortPath = Path.Combine(_root, "short.parquet");
        await WriteAsync(path, values);
        await WriteAsync(shortPath, [.. values.Where(static v => v.Length < 10)]);

        await using (var reader = await ParquetReader.CreateAsync(path))
        {
            Assert.NotEmpty(reader.Metadata!.RowGroups);
            Assert.All(reader.Metadata.RowGroups.SelectMany(static g => g.Columns), static c =>
            {
                var s = c.MetaData!.Statistics;
                Assert.Null(s?.MaxValue);
                Assert.Null(s?.Max);
                Assert.Equal(0L, s?.NullCount);
            });
        }

        await using (var reader = await ParquetReader.CreateAsync(shortPath))
        {
            // Short bounds stay: readers may still skip row groups by them.
            Assert.NotEmpty(reader.Metadata!.RowGroups);
            Assert.All(reader.Metadata.RowGroups.SelectMany(static g => g.Columns), static c => Assert.NotNull(c.MetaData!.Statistics?.MaxValue));
        }

        using var db = new DuckDb();
        var read = db.Query($"SELECT text FROM read_parquet({DuckDb.Literal(path)})").Select(static r => (string?)r[0]);
        Assert.Equal(values, read);
        Assert.Equal(values.Max(StringComparer.Ordinal), db.Scalar($"SELECT max(text) FROM read_parquet({DuckDb.Literal(path)})"));
    }

    [Fact]
    public async Task Trim_EqualBoundsAndPageStatsFromGroupToGroup_SharedWithTheSameValues()
    {
        // Row groups of equal short bounds (a kind, a year) keep one array per bound and one list of page statistics
        // per column instead of one per group; the values the footer is written from stay the same.
        var path = Path.Combine(_root, "equal.parquet");
        await WriteAsync(path, [.. Enumerable.Repeat("number", 30), .. Enumerable.Repeat("text", 10)]);
        await using var reader = await ParquetReader.CreateAsync(path);
        var groups = reader.Metadata!.RowGroups;
        Assert.Equal(4, groups.Count);
        var before = groups.Select(static g => g.Columns[0].MetaData!).Select(static m => (Min: m.Statistics!.MinValue!.ToArray(), Max: m.Statistics.MaxValue!.ToArray(), Old: m.Statistics.Min?.ToArray(), Pages: m.EncodingStats?.Count)).ToList();

        var trim = new RowGroupMetadata();
        foreach (var group in groups)
        {
            trim.Trim(group);
        }

        var after = groups.Select(static g => g.Columns[0].MetaData!).ToList();
        Assert.Same(after[0].Statistics!.MinValue, after[1].Statistics!.MinValue);
        Assert.Same(after[0].Statistics!.MaxValue, after[2].Statistics!.MaxValue);
        Assert.NotSame(after[0].Statistics!.MinValue, after[3].Statistics!.MinValue);
        Assert.All(after, static m => Assert.True(m.Statistics!.Min is null || ReferenceEquals(m.Statistics.Min, m.Statistics.MinValue)));
        if (after[0].EncodingStats is not null)
        {
            Assert.Same(after[0].EncodingStats, after[1].EncodingStats);
        }

        for (var g = 0; g < groups.Count; g++)
        {
            Assert.Equal(before[g].Min, after[g].Statistics!.MinValue);
            Assert.Equal(before[g].Max, after[g].Statistics!.MaxValue);
            Assert.Equal(before[g].Old, after[g].Statistics!.Min);
            Assert.Equal(before[g].Pages, after[g].EncodingStats?.Count);
        }
    }

    private static async Task WriteAsync(string path, IReadOnlyList<string> values)
    {
        await using var writer = await ParquetTableWriter<string>.CreateAsync(path, s_columns, 10, 1 << 20, CancellationToken.None);
        foreach (var value in values)
        {
            await writer.WriteAsync(value, CancellationToken.None);
        }

        await writer.CompleteAsync(CancellationToken.None);
    }
}
