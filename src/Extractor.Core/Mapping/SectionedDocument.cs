using Extractor.Core.Documents;

namespace Extractor.Core.Mapping;

/// <summary>A document split along its section headings: narrative per section and table items per template table.</summary>
internal sealed class SectionedDocument
{
    public Dictionary<string, List<string>> Narrative { get; } = new(StringComparer.Ordinal);

    public HashSet<string> HeadingsFound { get; } = new(StringComparer.Ordinal);

    /// <summary>Table items by template table key (`active`, `applications`, `appeals`), in reading order.</summary>
    public Dictionary<string, List<TableItem>> Tables { get; } = new(StringComparer.Ordinal)
    {
        ["active"] = [],
        ["applications"] = [],
        ["appeals"] = [],
    };

    /// <summary>Every narrative line of the document (chrome removed), for metadata.</summary>
    public List<TextBlock> Text { get; } = [];
}
