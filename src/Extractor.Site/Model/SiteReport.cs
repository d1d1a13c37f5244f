namespace Extractor.Site.Model;

/// <summary>A row of `reports` as the site shows it.</summary>
internal sealed record SiteReport(
    string Id,
    string FileKey,
    string SourceUri,
    string Sha256,
    string Format,
    string? Title,
    string? Agency,
    string AgencyName,
    string AgencyKey,
    int? Year,
    string Template,
    string? Script,
    string Status,
    string? PublishedAt,
    int ChecksPass,
    int ChecksFail,
    int ChecksNotAssessable,
    int DiagnosticsCount);
