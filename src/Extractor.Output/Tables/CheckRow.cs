using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>A row of `checks`.</summary>
internal readonly record struct CheckRow(string ReportId, CheckResult Check);
