using Extractor.Core.Documents;

namespace Extractor.Core.Mapping;

/// <summary>A document split along its section headings: narrative per section and table items per template table.</summary>
internal sealed class SectionedDocument
{
    /// <summary>Narrative lines by section key; <see cref="SectionHeadings.Statistics"/> holds a pre-2019 statistics table written as text.</summary>
    public Dictionary<string, List<string>> Narrative { get; } = new(StringComparer.Ordinal);

    public HashSet<string> HeadingsFound { get; } = new(StringComparer.Ordinal);

    /// <summary>Table items by template table key (`active`, `applications`, `appeals`), in reading order.</summary>
    public Dictionary<string, List<TableItem>> Tables { get; } = new(StringComparer.Ordinal)
    {
        ["active"] = [],
        ["applications"] = [],
        ["appeals"] = [],
    };

    /// <summary>Pre-2019 statistics tables (指标名称 / 计量单位 / 本年度 / 历年累计) read as tables.</summary>
    public List<TableBlock> StatisticsTables { get; } = [];

    /// <summary>Where each section starts (its heading) and ends (its last block).</summary>
    public Dictionary<string, (SourceLocation From, SourceLocation To)> Ranges { get; } = new(StringComparer.Ordinal);

    /// <summary>Every narrative line of the document (chrome removed), for metadata.</summary>
    public List<TextBlock> Text { get; } = [];

    /// <summary>Section headings found as a row of a scanned table, where the table was cut in two.</summary>
    public List<TextBlock> HeadingRowsCut { get; } = [];

    /// <summary>Widens the range of <paramref name="key"/> to <paramref name="at"/>.</summary>
    public void Extend(string key, SourceLocation at)
    {
        Ranges[key] = Ranges.TryGetValue(key, out var range) ? (range.From, at) : (at, at);
    }

    /// <summary>The `at` range of a section as text: "line 3 to line 9", or one location when it starts and ends there.</summary>
    public string? RangeText(string key)
    {
        if (!Ranges.TryGetValue(key, out var range))
        {
            return null;
        }

        // A heading with no location of its own (a title block, a converter's loose line) must not leave the range
        // starting with " to …": the end alone is then the range.
        var from = range.From.ToString();
        var to = range.To.ToString();
        return from.Length == 0 || from == to ? NullIfEmpty(to) : to.Length == 0 ? from : $"{from} to {to}";
    }

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;
}
