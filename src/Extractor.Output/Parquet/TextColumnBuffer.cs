namespace Extractor.Output.Parquet;

/// <summary>
/// The values of one text column for the row group being filled, copied into a character array of its own. Parquet.Net
/// rents arrays of the values it writes from the shared <see cref="System.Buffers.ArrayPool{T}"/> and returns them
/// without clearing, so handing it the strings themselves kept thousands of old rows' texts (a check's evidence, a
/// section) reachable from the pool after their groups were written: ~40–50 MiB of the heap at 10k–30k reports. Now
/// the pooled arrays point into this buffer's own arrays, reused from group to group, and each string can be collected
/// as soon as its row is buffered. A value is kept as its place in the array (8 bytes, not the 24 of the memory slice
/// Parquet.Net takes): the slices are made for the write only, in a scratch array the file's columns share.
/// </summary>
internal sealed class TextColumnBuffer
{
    private const int PlaceField = 0xFFFFFFF;

    private readonly ColumnBuffer<long> _places;
    private readonly long _maxChars;
    private readonly List<char[]> _full = [];
    private char[] _chars = new char[4096];
    private int _used;

    /// <param name="maxCapacity">The most values a group holds: the file's rows per row group.</param>
    /// <param name="maxChars">The most characters a group holds before its estimate cuts it, so the array need not grow past it.</param>
    public TextColumnBuffer(int maxCapacity, long maxChars)
    {
        _places = new ColumnBuffer<long>(maxCapacity);
        _maxChars = Math.Max(maxChars, 4096);
    }

    public int Count => _places.Count;

    public void Add(string? value)
    {
        if (value is null)
        {
            _places.Add(-1);
            return;
        }

        if (_chars.Length - _used < value.Length)
        {
            // A new array: the values already added stay in the old one until the group is written. The estimate cuts a
            // group at maxChars, so arrays doubling up to it stay far below the 127 a place can name.
            if (_full.Count == 126)
            {
                throw new InvalidOperationException("TextColumnBuffer: too many character arrays in one row group");
            }

            _full.Add(_chars);
            _chars = new char[Math.Max(value.Length, (int)Math.Min(2L * _chars.Length, _maxChars))];
            _used = 0;
        }

        if (_used + value.Length > PlaceField)
        {
            // A place names its offset and length in 28 bits each: a larger value would corrupt its neighbours' text.
            throw new InvalidOperationException($"TextColumnBuffer: a text of {value.Length} characters does not fit a row group's buffer");
        }

        value.CopyTo(_chars.AsSpan(_used));

        // Which array (the full ones in order, then the current), where in it, how long.
        _places.Add(((long)_full.Count << 56) | ((long)_used << 28) | (uint)value.Length);
        _used += value.Length;
    }

    /// <summary>Fills <paramref name="slices"/> with the values as memory slices, for Parquet.Net.</summary>
    public void Slice(Span<ReadOnlyMemory<char>?> slices)
    {
        var places = _places.AsMemory().Span;
        for (var i = 0; i < places.Length; i++)
        {
            var place = places[i];
            if (place < 0)
            {
                slices[i] = null;
                continue;
            }

            var array = (int)(place >> 56);
            slices[i] = new ReadOnlyMemory<char>(array < _full.Count ? _full[array] : _chars, (int)((place >> 28) & PlaceField), (int)(place & PlaceField));
        }
    }

    /// <summary>Empties the buffer; its last character array is reused by the next group.</summary>
    public void Clear()
    {
        _places.Clear();
        _full.Clear();
        _used = 0;
    }
}
