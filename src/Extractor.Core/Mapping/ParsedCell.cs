using Extractor.Core.Records;

namespace Extractor.Core.Mapping;

/// <summary>What a cell's text says: its kind, its number, and a unit written in it.</summary>
internal readonly record struct ParsedCell(CellKind Kind, decimal? Value, string? Unit);
