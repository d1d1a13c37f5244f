namespace Extractor.Core.Mapping;

/// <summary>A recognised label: its role and the row, group or column key it names (empty for a header without a key).</summary>
internal readonly record struct LabelMatch(LabelRole Role, string Key);
