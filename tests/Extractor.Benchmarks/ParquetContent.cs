using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parquet;

namespace Extractor.Benchmarks;

/// <summary>
/// The values of every Parquet file under a folder, hashed column by column in row order, whatever the row groups:
/// proves a change of row-group boundaries (or of footer statistics) left the data alone, where the file bytes differ.
/// Run: `dotnet run -c Release --project tests/Extractor.Benchmarks -- parquet-content DIR`.
/// </summary>
internal static class ParquetContent
{
    private static readonly ParquetOptions s_options = new() { UseDateOnlyTypeForDates = true };

    public static async Task<int> PrintAsync(string directory)
    {
        foreach (var path in Directory.EnumerateFiles(directory, "*.parquet", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            Console.WriteLine($"  {await DescribeAsync(path)}  {Path.GetRelativePath(directory, path)}");
        }

        return 0;
    }

    private static async Task<object?[]> ReadAsync(ParquetRowGroupReader group, Parquet.Schema.DataField field, int count)
    {
        switch (field.ClrType)
        {
            case var t when t == typeof(int):
                {
                    var values = new int?[count];
                    await group.ReadAsync<int>(field, values, null);
                    return [.. values.Select(static v => (object?)v)];
                }

            case var t when t == typeof(decimal):
                {
                    var values = new decimal?[count];
                    await group.ReadAsync<decimal>(field, values, null);
                    return [.. values.Select(static v => (object?)v)];
                }

            case var t when t == typeof(DateOnly):
                {
                    var values = new DateOnly?[count];
                    await group.ReadAsync<DateOnly>(field, values, null);
                    return [.. values.Select(static v => (object?)v)];
                }

            case var t when t == typeof(DateTime):
                {
                    var values = new DateTime?[count];
                    await group.ReadAsync<DateTime>(field, values, null);
                    return [.. values.Select(static v => (object?)v?.ToString("O", CultureInfo.InvariantCulture))];
                }

            default:
                {
                    var values = new string?[count];
                    await group.ReadAsync(field, values, null);
                    return values;
                }
        }
    }

    /// <summary>"content SHA-256, rows, row groups" of one file.</summary>
    public static async Task<string> DescribeAsync(string path)
    {
        await using var reader = await ParquetReader.CreateAsync(path, s_options);
        var fields = reader.Schema.GetDataFields();
        var hashes = fields.Select(static _ => IncrementalHash.CreateHash(HashAlgorithmName.SHA256)).ToArray();
        long rows = 0;
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            rows += group.RowCount;
            for (var c = 0; c < fields.Length; c++)
            {
                var text = new StringBuilder();
                foreach (var value in await ReadAsync(group, fields[c], checked((int)group.RowCount)))
                {
                    text.Append(value is null ? "\u0000null" : Convert.ToString(value, CultureInfo.InvariantCulture)).Append('\u0001');
                }

                hashes[c].AppendData(Encoding.UTF8.GetBytes(text.ToString()));
            }
        }

        var all = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        for (var c = 0; c < fields.Length; c++)
        {
            all.AppendData(Encoding.UTF8.GetBytes(fields[c].Name));
            all.AppendData(hashes[c].GetHashAndReset());
            hashes[c].Dispose();
        }

        return string.Create(CultureInfo.InvariantCulture, $"{Convert.ToHexStringLower(all.GetHashAndReset())[..16]} rows {rows,9} groups {reader.RowGroupCount,5}");
    }
}
