using Extractor.Core.Templates;

namespace Extractor.Output.Tables;

/// <summary>The table, row and column keys of both templates with their Chinese labels, read from <see cref="TemplateCatalog"/>.</summary>
internal static class KeyLabels
{
    private static readonly TemplateDefinition[] s_templates = [TemplateCatalog.V2021, TemplateCatalog.V2019];

    /// <summary>The wide tables, in template order.</summary>
    public static IReadOnlyList<string> TableKeys { get; } = [.. s_templates.SelectMany(t => t.Tables).Select(t => t.Key).Distinct()];

    /// <summary>Each table key with its section heading.</summary>
    public static IReadOnlyDictionary<string, string> Tables { get; } =
        Merge(s_templates.SelectMany(t => t.Tables.Select(table => (t.Id, table.Key, table.Heading))));

    /// <summary>Each row key of <paramref name="table"/> (or of every table when null) with its label.</summary>
    public static IReadOnlyDictionary<string, string> Rows(string? table) =>
        Merge(RowsOf(table).Select(x => (x.Template, x.Row.Key, x.Row.Label)));

    /// <summary>Each column key of <paramref name="table"/> (or of every table when null) with its header.</summary>
    public static IReadOnlyDictionary<string, string> Columns(string? table) =>
        Merge(RowsOf(table).SelectMany(x => x.Row.Columns.Select(c => (x.Template, c.Key, c.Label))));

    /// <summary>The column keys of <paramref name="table"/> across both templates, 2021 order first, with whether any carries a unit.</summary>
    public static IReadOnlyList<(string Key, bool HasUnit)> WideColumns(string table) =>
    [
        .. RowsOf(table)
            .SelectMany(x => x.Row.Columns)
            .GroupBy(c => c.Key)
            .Select(g => (g.Key, g.Any(c => c.Unit.Length > 0))),
    ];

    private static IEnumerable<(string Template, RowDefinition Row)> RowsOf(string? table)
    {
        foreach (var template in s_templates)
        {
            foreach (var t in template.Tables.Where(t => table is null || t.Key == table))
            {
                foreach (var row in t.Rows)
                {
                    yield return (template.Id, row);
                }
            }

            // A 2021 report may keep the 2019 single row （六）其他处理 (SCHEMA.md §3.2).
            if (template.Id == TemplateIds.V2021 && (table is null || table == "applications"))
            {
                yield return (template.Id, TemplateCatalog.OtherHandlingRow);
            }
        }
    }

    // One label per key; where the templates word it differently, each wording with its template, e.g.
    // `行政规范性文件 (2021) / 规范性文件 (2019)`.
    private static OrderedDictionary<string, string> Merge(IEnumerable<(string Template, string Key, string Label)> entries)
    {
        var byKey = new Dictionary<string, List<(string Template, string Label)>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var (template, key, label) in entries)
        {
            if (!byKey.TryGetValue(key, out var labels))
            {
                labels = [];
                byKey[key] = labels;
                order.Add(key);
            }

            if (!labels.Any(l => l.Label == label))
            {
                labels.Add((template, label));
            }
        }

        var result = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var key in order)
        {
            var labels = byKey[key];
            result[key] = labels.Count == 1
                ? labels[0].Label
                : string.Join(" / ", labels.Select(l => $"{l.Label} ({l.Template})"));
        }

        return result;
    }
}
