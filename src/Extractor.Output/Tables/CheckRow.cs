using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>A row of `checks`.</summary>
internal readonly record struct CheckRow(string ReportId, CheckResult Check)
{
    /// <summary>
    /// The evidence as JSON, rendered once: the CSV, the Parquet file and the workbook's spool each read the row, and the
    /// evidence is most of the bytes a write allocates.
    /// </summary>
    public string Evidence { get; } = EvidenceJson.ToJson(Check.Evidence);
}
