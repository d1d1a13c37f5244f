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

    /// <summary>
    /// The dataset writes text, integers, DECIMAL(28,8), DATE and UTC timestamps, all nullable; dates and timestamps come
    /// back as the ISO text the CSV holds, so both sources give the site the same values.
    /// </summary>
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

        if (field.ClrType == typeof(DateTime))
        {
            var times = new DateTime?[rows];
            await group.ReadAsync<DateTime>(field, times.AsMemory(), null, ct).ConfigureAwait(false);
            var timestamp = field is DateTimeDataField { DateTimeFormat: not DateTimeFormat.Date };
            var texts = new string?[rows];
            for (var i = 0; i < rows; i++)
            {
                texts[i] = times[i] is not { } t ? null
                    : timestamp ? t.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture)
                    : t.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            }

            return texts;
        }

        var strings = new string?[rows];
        await group.ReadAsync(field, strings.AsMemory(), null, ct).ConfigureAwait(false);
        return strings;
    }
}
