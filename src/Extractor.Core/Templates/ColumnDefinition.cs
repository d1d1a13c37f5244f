namespace Extractor.Core.Templates;

/// <summary>A column of a template table.</summary>
/// <param name="Key">The stable key, e.g. `natural_person`.</param>
/// <param name="Label">The Chinese header as the national format prints it.</param>
/// <param name="Unit">The default unit of its values (万元), else empty.</param>
public sealed record ColumnDefinition(string Key, string Label, string Unit = "");
