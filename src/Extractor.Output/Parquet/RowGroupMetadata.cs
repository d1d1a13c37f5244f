using System.Reflection;
using Parquet;
using Parquet.Meta;

namespace Extractor.Output.Parquet;

/// <summary>
/// Parquet.Net keeps the footer metadata of every row group in memory until the file ends (~800 bytes per column
/// chunk), so a file's memory grew with its rows. Once a row group is written this trims that metadata, per file:
/// the minimum and maximum of a text column chunk are kept whole in two copies each (the deprecated min/max and
/// min_value/max_value), kilobytes for a check's evidence or a narrative section, so bounds longer than 64 bytes
/// (parquet-mr's truncation length) are dropped, the null count stays; and each chunk's column path and list of
/// encodings, equal from group to group, share one list per column, as do equal page statistics and equal short bounds
/// (the deprecated min/max repeat min_value/max_value). Statistics are optional in Parquet: readers then
/// cannot skip a row group by a long text's bounds, which no one does on free text. Parquet.Net has no option for
/// either (measured: 823 → 407 bytes per chunk for the long bounds, paths and encodings).
/// </summary>
internal sealed class RowGroupMetadata
{
    /// <summary>Bounds longer than this (in bytes) are dropped; parquet-mr's truncation length.</summary>
    public const int MaxBoundBytes = 64;

    // The row group's metadata is private to the writer of this pinned version; a test fails if an upgrade renames it.
    private static readonly FieldInfo? s_rowGroup = typeof(ParquetRowGroupWriter).GetField("_owGroup", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly List<List<string>> _paths = [];
    private readonly List<List<Encoding>> _encodings = [];
    private readonly List<List<PageEncodingStats>> _encodingStats = [];
    private readonly List<byte[]?[]> _bounds = [];

    /// <summary>True when this version of Parquet.Net lets the metadata be reached.</summary>
    public static bool Supported => s_rowGroup?.FieldType == typeof(RowGroup);

    /// <summary>Trims the metadata of the row group just written by <paramref name="group"/>.</summary>
    public void Trim(ParquetRowGroupWriter group)
    {
        if (Supported && s_rowGroup!.GetValue(group) is RowGroup metadata)
        {
            Trim(metadata);
        }
    }

    /// <summary>Trims <paramref name="metadata"/>, the metadata of the next row group of this file.</summary>
    internal void Trim(RowGroup metadata)
    {
        for (var i = 0; i < metadata.Columns.Count; i++)
        {
            if (metadata.Columns[i].MetaData is not { } column)
            {
                continue;
            }

            if (column.Statistics is { } s && (IsLong(s.Min) || IsLong(s.Max) || IsLong(s.MinValue) || IsLong(s.MaxValue)))
            {
                s.Min = null;
                s.Max = null;
                s.MinValue = null;
                s.MaxValue = null;
                s.IsMinValueExact = null;
                s.IsMaxValueExact = null;
            }

            // The same contents are written to the footer either way.
            column.PathInSchema = Shared(_paths, i, column.PathInSchema);
            column.Encodings = Shared(_encodings, i, column.Encodings);
            if (column.EncodingStats is { } stats)
            {
                column.EncodingStats = Shared(_encodingStats, i, stats, SameStats);
            }

            if (column.Statistics is { } kept)
            {
                ShareBounds(i, kept);
            }
        }
    }

    private static bool SameStats(PageEncodingStats a, PageEncodingStats b) =>
        a.PageType == b.PageType && a.Encoding == b.Encoding && a.Count == b.Count;

    // The bounds a group keeps are short, but four arrays per column chunk (the deprecated min/max repeat
    // min_value/max_value) and often equal to the last group's (a kind, a year, a table key): an equal array is shared.
    private void ShareBounds(int column, Statistics statistics)
    {
        while (_bounds.Count <= column)
        {
            _bounds.Add(new byte[]?[4]);
        }

        var last = _bounds[column];
        statistics.MinValue = Share(last, 0, statistics.MinValue);
        statistics.MaxValue = Share(last, 1, statistics.MaxValue);
        statistics.Min = Share(last, 0, statistics.Min);
        statistics.Max = Share(last, 1, statistics.Max);
    }

    private static byte[]? Share(byte[]?[] last, int slot, byte[]? bound)
    {
        if (bound is null)
        {
            return null;
        }

        if (last[slot] is { } seen && seen.AsSpan().SequenceEqual(bound))
        {
            return seen;
        }

        last[slot] = bound;
        return bound;
    }

    private static List<T> Shared<T>(List<List<T>> seen, int column, List<T> list, Func<T, T, bool>? same = null)
    {
        if (column < seen.Count)
        {
            var known = seen[column];
            var equal = same is null ? known.SequenceEqual(list) : known.Count == list.Count && known.Zip(list).All(p => same(p.First, p.Second));
            return equal ? known : list;
        }

        if (column == seen.Count)
        {
            seen.Add(list);
        }

        return list;
    }

    private static bool IsLong(byte[]? bound) => bound is { Length: > MaxBoundBytes };
}
