namespace Extractor.Core.Mapping;

/// <summary>A column header with a key and the grid columns it covers, for placing values by position.</summary>
internal readonly record struct HeaderSpan(int Block, int FirstColumn, int LastColumn, string Key);
