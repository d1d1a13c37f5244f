using System.Reflection;
using Parquet;
using Parquet.Meta;

namespace Extractor.Output.Parquet;

/// <summary>
/// Parquet.Net keeps the footer metadata of every row group in memory until the file ends, and the minimum and
/// maximum of a text column chunk whole, in two copies each (the deprecated min/max and min_value/max_value): a
/// narrative section or a check's evidence, kilobytes per row group, so memory and footer grew with the number of
/// reports. It has no option to truncate them (parquet-mr cuts them to 64 bytes), so once a row group is written its
/// long bounds are dropped from that metadata; the null count stays. Statistics are optional in Parquet: readers then
/// simply cannot skip that row group by the column's bounds, which no one does on free text.
/// </summary>
internal static class RowGroupStatistics
{
    /// <summary>Bounds longer than this (in bytes) are dropped; parquet-mr's truncation length.</summary>
    public const int MaxBoundBytes = 64;

    // The row group's metadata is private to the writer of this pinned version; a test fails if an upgrade renames it.
    private static readonly FieldInfo? s_rowGroup = typeof(ParquetRowGroupWriter).GetField("_owGroup", BindingFlags.Instance | BindingFlags.NonPublic);

    /// <summary>True when this version of Parquet.Net lets the metadata be reached.</summary>
    public static bool Supported => s_rowGroup?.FieldType == typeof(RowGroup);

    /// <summary>Drops the long bounds of the row group just written by <paramref name="group"/>.</summary>
    public static void DropLong(ParquetRowGroupWriter group)
    {
        if (!Supported || s_rowGroup!.GetValue(group) is not RowGroup metadata)
        {
            return;
        }

        foreach (var chunk in metadata.Columns)
        {
            if (chunk.MetaData?.Statistics is { } s && (IsLong(s.Min) || IsLong(s.Max) || IsLong(s.MinValue) || IsLong(s.MaxValue)))
            {
                s.Min = null;
                s.Max = null;
                s.MinValue = null;
                s.MaxValue = null;
                s.IsMinValueExact = null;
                s.IsMaxValueExact = null;
            }
        }
    }

    private static bool IsLong(byte[]? bound) => bound is { Length: > MaxBoundBytes };
}
