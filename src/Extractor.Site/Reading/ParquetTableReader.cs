using Parquet;
using Parquet.Schema;

namespace Extractor.Site.Reading;

/// <summary>Streams the rows of a Parquet dataset file one row group at a time.</summary>
internal static class ParquetTableReader
{
    public static async IAsyncEnumerable<TableRow> ReadAsync(string path, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        await using var reader = await ParquetReader.CreateAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        DataField[] fields = reader.Schema.GetDataFields();
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < fields.Length; i++)
        {
            index[fields[i].Name] = i;
        }

        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var rows = checked((int)group.RowCount);
            var columns = new Array[fields.Length];
            for (var i = 0; i < fields.Length; i++)
            {
                columns[i] = await ReadColumnAsync(group, fields[i], rows, cancellationToken).ConfigureAwait(false);
            }

            for (var r = 0; r < rows; r++)
            {
                var values = new object?[columns.Length];
                for (var i = 0; i < columns.Length; i++)
                {
                    values[i] = columns[i].GetValue(r);
                }

                yield return new TableRow(index, values);
            }
        }
    }

    /// <summary>The dataset writes three column types: text, int32 and DECIMAL(28,8), all nullable.</summary>
    private static async Task<Array> ReadColumnAsync(ParquetRowGroupReader group, DataField field, int rows, CancellationToken ct)
    {
        if (field.ClrType == typeof(int))
        {
            var ints = new int?[rows];
            await group.ReadAsync<int>(field, ints.AsMemory(), null, ct).ConfigureAwait(false);
            return ints;
        }

        if (field.ClrType == typeof(long))
        {
            var longs = new long?[rows];
            await group.ReadAsync<long>(field, longs.AsMemory(), null, ct).ConfigureAwait(false);
            return longs;
        }

        if (field.ClrType == typeof(decimal))
        {
            var decimals = new decimal?[rows];
            await group.ReadAsync<decimal>(field, decimals.AsMemory(), null, ct).ConfigureAwait(false);
            return decimals;
        }

        if (field.ClrType == typeof(double))
        {
            var doubles = new double?[rows];
            await group.ReadAsync<double>(field, doubles.AsMemory(), null, ct).ConfigureAwait(false);
            return doubles;
        }

        var strings = new string?[rows];
        await group.ReadAsync(field, strings.AsMemory(), null, ct).ConfigureAwait(false);
        return strings;
    }
}
