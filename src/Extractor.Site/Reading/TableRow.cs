using System.Globalization;

namespace Extractor.Site.Reading;

/// <summary>One row of a dataset file, its fields looked up by column name; an absent column reads as null.</summary>
internal sealed class TableRow
{
    private readonly IReadOnlyDictionary<string, int> _index;
    private readonly object?[] _values;

    public TableRow(IReadOnlyDictionary<string, int> index, object?[] values)
    {
        _index = index;
        _values = values;
    }

    public string? Text(string column) => Get(column) switch
    {
        null => null,
        // CSV cannot tell an empty text from a null one; Parquet can. The site treats both as null, so the two agree.
        string s => s.Length == 0 ? null : s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var o => o.ToString(),
    };

    public decimal? Decimal(string column) => Get(column) switch
    {
        null => null,
        decimal d => d,
        int i => i,
        long l => l,
        double d => (decimal)d,
        string s when s.Length == 0 => null,
        string s => decimal.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : null,
        _ => null,
    };

    public int? Int(string column) => Decimal(column) is { } d ? (int)d : null;

    private object? Get(string column) => _index.TryGetValue(column, out var i) ? _values[i] : null;
}
