namespace Extractor.Output.Parquet;

/// <summary>
/// The values of one text column for the row group being filled, copied into a character array of its own. Parquet.Net
/// rents arrays of the values it writes from the shared <see cref="System.Buffers.ArrayPool{T}"/> and returns them
/// without clearing, so handing it the strings themselves kept thousands of old rows' texts (a check's evidence, a
/// section) reachable from the pool after their groups were written: ~40–50 MiB of the heap at 10k–30k reports. Now
/// the pooled arrays point into this buffer's own arrays, reused from group to group, and each string can be collected
/// as soon as its row is buffered.
/// </summary>
internal sealed class TextColumnBuffer
{
    private readonly ColumnBuffer<ReadOnlyMemory<char>?> _values;
    private readonly long _maxChars;
    private char[] _chars = new char[4096];
    private int _used;

    /// <param name="maxCapacity">The most values a group holds: the file's rows per row group.</param>
    /// <param name="maxChars">The most characters a group holds before its estimate cuts it, so the array need not grow past it.</param>
    public TextColumnBuffer(int maxCapacity, long maxChars)
    {
        _values = new ColumnBuffer<ReadOnlyMemory<char>?>(maxCapacity);
        _maxChars = Math.Max(maxChars, 4096);
    }

    public void Add(string? value)
    {
        if (value is null)
        {
            _values.Add(null);
            return;
        }

        if (_chars.Length - _used < value.Length)
        {
            // A new array: the values already added keep pointing into the old one until the group is written.
            _chars = new char[Math.Max(value.Length, (int)Math.Min(2L * _chars.Length, _maxChars))];
            _used = 0;
        }

        value.CopyTo(_chars.AsSpan(_used));
        _values.Add(new ReadOnlyMemory<char>(_chars, _used, value.Length));
        _used += value.Length;
    }

    public ReadOnlyMemory<ReadOnlyMemory<char>?> AsMemory() => _values.AsMemory();

    /// <summary>Empties the buffer; its character array is reused by the next group.</summary>
    public void Clear()
    {
        _values.Clear();
        _used = 0;
    }
}
