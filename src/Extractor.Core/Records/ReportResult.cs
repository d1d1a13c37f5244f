namespace Extractor.Core.Records;

/// <summary>Everything read from one report: the record that `parse --json` prints and the datasets are written from.</summary>
public sealed record ReportResult
{
    /// <summary>Where the bytes came from.</summary>
    public required ReportSource Source { get; init; }

    /// <summary>How far it could be read.</summary>
    public required ReportStatus Status { get; init; }

    /// <summary>The title as written.</summary>
    public string? Title { get; init; }

    /// <summary>The publishing agency as written.</summary>
    public string? Agency { get; init; }

    /// <summary>The agency in simplified characters, for joining mirrors with originals.</summary>
    public string? AgencySimplified { get; init; }

    /// <summary>The year reported on (not the year published).</summary>
    public int? Year { get; init; }

    /// <summary>`2021`, `2019`, `legacy` or `unknown`.</summary>
    public required string Template { get; init; }

    /// <summary>`simplified` or `traditional`.</summary>
    public string? Script { get; init; }

    /// <summary>The publication date the page states, yyyy-MM-dd.</summary>
    public string? PublishedAt { get; init; }

    /// <summary>Narrative text by section.</summary>
    public ReportSections Sections { get; init; } = ReportSections.Empty;

    /// <summary>Every cell of the detected template in template order, plus deviating rows the document adds.</summary>
    public IReadOnlyList<CellRecord> Cells { get; init; } = [];

    /// <summary>The pre-2019 statistics table (指标名称 / 计量单位 / 本年度 / 历年累计), one record per indicator row, in document order.</summary>
    public IReadOnlyList<LegacyIndicator> LegacyIndicators { get; init; } = [];

    /// <summary>Every numeric statement recognised in the narrative, in reading order.</summary>
    public IReadOnlyList<NarrativeStatementRecord> Statements { get; init; } = [];

    /// <summary>Check results, in-report and cross-report.</summary>
    public IReadOnlyList<CheckResult> Checks { get; init; } = [];

    /// <summary>Problems met while reading, mapping and checking.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics { get; init; } = [];
}
