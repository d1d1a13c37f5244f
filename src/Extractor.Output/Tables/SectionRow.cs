namespace Extractor.Output.Tables;

/// <summary>A row of `sections`: the text is null when the report lacks the section.</summary>
internal readonly record struct SectionRow(string ReportId, string Section, string? Text, string? At = null);
