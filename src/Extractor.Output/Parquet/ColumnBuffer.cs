namespace Extractor.Output.Parquet;

/// <summary>The values of one column for the row group being filled; grows as needed and keeps its capacity between groups.</summary>
/// <typeparam name="T">The value type.</typeparam>
internal sealed class ColumnBuffer<T>
{
    private T[] _items = new T[256];

    public int Count { get; private set; }

    public void Add(T value)
    {
        if (Count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[Count++] = value;
    }

    public ReadOnlyMemory<T> AsMemory() => new(_items, 0, Count);

    public ArraySegment<T> AsSegment() => new(_items, 0, Count);

    /// <summary>Empties the buffer and drops its references, so the written rows can be collected.</summary>
    public void Clear()
    {
        Array.Clear(_items, 0, Count);
        Count = 0;
    }
}
