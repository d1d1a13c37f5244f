namespace Extractor.Core.Mapping;

/// <summary>What the mapper found out about a report besides its tables.</summary>
internal sealed record ReportMetadata(string? Title, string? Agency, int? Year, string? PublishedAt, string? Script, bool LooksLikeReport);
