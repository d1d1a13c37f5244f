namespace Extractor.Output.Parquet;

/// <summary>
/// The values of one column for the row group being filled; grows as needed, never past the rows of a group, and keeps
/// its capacity between groups.
/// </summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ColumnBuffer<T>
{
    // Doubling alone would end at 32,768 for groups of 20,000 rows: 39 % of the array never used, kept for every
    // column of every file (a DECIMAL column's array alone 786 KB).
    private readonly int _maxCapacity;
    private T[] _items;

    /// <param name="maxCapacity">The most values a group holds: the file's rows per row group.</param>
    public ColumnBuffer(int maxCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCapacity, 1);
        _maxCapacity = maxCapacity;
        _items = new T[Math.Min(256, maxCapacity)];
    }

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (Count == _items.Length)
        {
            // Past the cap only if a caller adds more than a group's rows (not this writer): then it doubles again.
            Array.Resize(ref _items, _items.Length < _maxCapacity ? Math.Min(_items.Length * 2, _maxCapacity) : _items.Length * 2);
        }

        _items[Count++] = value;
    }

    public ReadOnlyMemory<T> AsMemory() => new(_items, 0, Count);

    /// <summary>Empties the buffer and drops its references, so the written rows can be collected.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }
}
