namespace Extractor.Output.Tests.Consumers;

/// <summary>A CSV resource of datapackage.json with its fields and their declared Table Schema types.</summary>
public sealed record CsvResource(string Name, string Path, IReadOnlyList<(string Name, string Type)> Fields);
