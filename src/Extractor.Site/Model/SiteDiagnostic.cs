namespace Extractor.Site.Model;

/// <summary>A row of `diagnostics`.</summary>
internal sealed record SiteDiagnostic(string Code, string Severity, string? Message, string? At);
