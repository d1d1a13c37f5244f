using Extractor.Core.Json;
using Extractor.Core.Records;

namespace Extractor.Output.Tables;

/// <summary>The datasets and their columns: the single definition that the CSV header, the Parquet schema and datapackage.json follow.</summary>
internal static class DatasetTables
{
    private const string ReportIdDescription =
        "Stable report id: the first 16 hex digits of SHA-256 over the UTF-8 text `sha256 + \"\\n\" + source_uri`.";

    private static readonly IReadOnlyDictionary<string, string> s_kinds = new OrderedDictionary<string, string>
    {
        ["number"] = "a number was written; value holds it",
        ["blank"] = "the source shows the cell empty",
        ["na"] = "a not-applicable mark such as /, —, 无",
        ["text"] = "other text, e.g. 见附件",
        ["missing"] = "the source lacks the cell or it could not be placed with certainty (a diagnostic says why); never 0",
    };

    private static readonly IReadOnlyDictionary<string, string> s_resolutions = new OrderedDictionary<string, string>
    {
        ["order"] = "placed by the template's row order (its label was stranded or absent); the table's identities hold with it",
        ["narrative"] = "one of several splits of a glued run, the one the narrative states",
    };

    private static readonly IReadOnlyDictionary<string, string> s_outcomes = new OrderedDictionary<string, string>
    {
        ["pass"] = "the rule holds",
        ["fail"] = "the rule does not hold",
        ["not_assessable"] = "one side was not filled in, a cell holds text or is missing, or a cell was placed by this rule",
    };

    private static readonly IReadOnlyDictionary<string, string> s_severities = new OrderedDictionary<string, string>
    {
        ["info"] = "for information",
        ["warning"] = "doubtful, worth a look",
        ["error"] = "wrong",
    };

    private static readonly IReadOnlyDictionary<string, string> s_sections = new OrderedDictionary<string, string>
    {
        ["overall"] = "一、总体情况",
        ["active"] = "二、主动公开政府信息情况 (narrative outside the table)",
        ["applications"] = "三、收到和处理政府信息公开申请情况 (narrative outside the table)",
        ["appeals"] = "四、政府信息公开行政复议、行政诉讼情况 (narrative outside the table)",
        ["problems"] = "五、存在的主要问题及改进情况",
        ["other"] = "六、其他需要报告的事项",
    };

    private static readonly IReadOnlyDictionary<string, string> s_statuses = new OrderedDictionary<string, string>
    {
        ["parsed"] = "read completely",
        ["partial"] = "read in part; see diagnostics",
        ["failed"] = "could not be read; see diagnostics",
        ["not_a_report"] = "the document is not an annual report",
    };

    public static DatasetTable<ReportRow> Reports { get; } = new(
        "reports",
        "Reports",
        "One row per report read.",
        [
            DatasetColumn<ReportRow>.OfText(new("report_id", ColumnType.String, ReportIdDescription, Required: true, Title: "报告编号"), r => r.ReportId),
            DatasetColumn<ReportRow>.OfText(new("source_uri", ColumnType.String, "The URL or file path the bytes were read from.", Required: true, Title: "来源地址"), r => r.Report.Source.Uri),
            DatasetColumn<ReportRow>.OfText(new("sha256", ColumnType.String, "Lower-case hex SHA-256 of the source bytes.", Required: true, Title: "SHA-256"), r => r.Report.Source.Sha256),
            DatasetColumn<ReportRow>.OfText(new("format", ColumnType.String, "html, text, pdf, docx or unknown.", Required: true, Title: "文件格式"), r => r.Report.Source.Format),
            DatasetColumn<ReportRow>.OfText(new("title", ColumnType.String, "The title as written.", Title: "标题"), r => r.Report.Title),
            DatasetColumn<ReportRow>.OfText(new("agency", ColumnType.String, "The publishing agency as written.", Title: "发布机关"), r => r.Report.Agency),
            DatasetColumn<ReportRow>.OfText(new("agency_simplified", ColumnType.String, "The agency in simplified characters, for joining mirrors with originals.", Title: "发布机关（简体）"), r => r.Report.AgencySimplified),
            DatasetColumn<ReportRow>.OfInteger(new("year", ColumnType.Integer, "The year reported on (not the year published).", Title: "报告年度"), r => r.Report.Year),
            DatasetColumn<ReportRow>.OfText(new("template", ColumnType.String, "2021 (国办公开办函〔2021〕30号), 2019 (国办公开办函〔2019〕60号), legacy or unknown.", Required: true, Title: "表格模板"), r => r.Report.Template),
            DatasetColumn<ReportRow>.OfText(new("script", ColumnType.String, "simplified or traditional.", Title: "字形（简/繁）"), r => r.Report.Script),
            DatasetColumn<ReportRow>.OfText(new("status", ColumnType.String, "How far the report could be read.", Required: true, Labels: s_statuses, Title: "读取状态"), r => ReportJsonWriter.Name(r.Report.Status)),
            DatasetColumn<ReportRow>.OfDate(new("published_at", ColumnType.Date, "The publication date the page states.", Title: "发布日期"), r => IsoDate(r.Report.PublishedAt)),
            DatasetColumn<ReportRow>.OfInteger(new("checks_pass", ColumnType.Integer, "Number of checks that passed.", Required: true, Title: "校验通过数"), r => r.ChecksPass),
            DatasetColumn<ReportRow>.OfInteger(new("checks_fail", ColumnType.Integer, "Number of checks that failed.", Required: true, Title: "校验未通过数"), r => r.ChecksFail),
            DatasetColumn<ReportRow>.OfInteger(new("checks_not_assessable", ColumnType.Integer, "Number of checks that could not be assessed.", Required: true, Title: "无法校验数"), r => r.ChecksNotAssessable),
            DatasetColumn<ReportRow>.OfInteger(new("diagnostics_count", ColumnType.Integer, "Number of diagnostics (rows in `diagnostics`).", Required: true, Title: "诊断数"), r => r.Report.Diagnostics.Count),
            DatasetColumn<ReportRow>.OfDate(new("withdrawn", ColumnType.Date, "Crawls: the date the report first answered 404/410 after being read (it was taken down); its data are kept. Null while it is online, and for `parse`.", Title: "撤下日期"), r => IsoDate(r.Withdrawn)),
            DatasetColumn<ReportRow>.OfText(new("read_by", ColumnType.String, "How the text was read: null from the document's own text (HTML, a PDF's text layer, DOCX); `ocr` from page images by OCR (a scanned PDF), whose cells carry their OCR confidence in `at`.", Title: "识别方式"), r => r.Report.Source.ReadBy),
        ],
        ["report_id"],
        referencesReports: false);

    public static DatasetTable<CellRow> Cells { get; } = new(
        "cells",
        "Cells (long)",
        "One row per table cell of each report, every cell of the detected template in template order, blank and missing ones included.",
        [
            DatasetColumn<CellRow>.OfText(ReportIdColumn(), r => r.ReportId),
            DatasetColumn<CellRow>.OfText(new("table", ColumnType.String, "The table key.", Required: true, Labels: KeyLabels.Tables, Title: "表格"), r => r.Cell.Table),
            DatasetColumn<CellRow>.OfText(new("row", ColumnType.String, "The row key.", Required: true, Labels: KeyLabels.Rows(null), Title: "行"), r => r.Cell.Row),
            DatasetColumn<CellRow>.OfText(new("col", ColumnType.String, "The column key.", Required: true, Labels: KeyLabels.Columns(null), Title: "列"), r => r.Cell.Col),
            DatasetColumn<CellRow>.OfText(new("kind", ColumnType.String, "What was written in the cell.", Required: true, Labels: s_kinds, Title: "填写类型"), r => ReportJsonWriter.Name(r.Cell.Kind)),
            DatasetColumn<CellRow>.OfDecimal(new("value", ColumnType.Decimal, "The number when kind is number, else null (a blank is never 0). May be negative for 2019 `change`. Parquet: DECIMAL(28,8).", Title: "数值"), r => r.Cell.Value),
            DatasetColumn<CellRow>.OfText(new("raw", ColumnType.String, "The cell text exactly as found; empty when the document lacks the cell.", Title: "原文"), r => r.Cell.Raw),
            DatasetColumn<CellRow>.OfText(new("unit", ColumnType.String, "The unit written in or above the cell, else the template's default (万元), else empty.", Title: "单位"), r => r.Cell.Unit),
            DatasetColumn<CellRow>.OfText(new("at", ColumnType.String, "Where the cell is in the source; empty when the document lacks it.", Title: "来源位置"), r => r.Cell.At),
            DatasetColumn<CellRow>.OfText(new("resolved_by", ColumnType.String, "Null when the table alone gives the value; else how it was placed.", Labels: s_resolutions, Title: "定位依据"), r => r.Cell.ResolvedBy),
        ],
        ["report_id", "table", "row", "col"],
        referencesReports: true);

    public static DatasetTable<CheckRow> Checks { get; } = new(
        "checks",
        "Checks",
        "One row per check result (SCHEMA.md §4).",
        [
            DatasetColumn<CheckRow>.OfText(ReportIdColumn(), r => r.ReportId),
            DatasetColumn<CheckRow>.OfText(new("rule", ColumnType.String, "The rule id, e.g. T3-ID.", Required: true, Title: "规则"), r => r.Check.Rule),
            DatasetColumn<CheckRow>.OfText(new("scope", ColumnType.String, "What the rule was applied to, e.g. a column key.", Required: true, Title: "适用范围"), r => r.Check.Scope),
            DatasetColumn<CheckRow>.OfText(new("outcome", ColumnType.String, "The outcome.", Required: true, Labels: s_outcomes, Title: "结果"), r => ReportJsonWriter.Name(r.Check.Outcome)),
            DatasetColumn<CheckRow>.OfText(new("severity", ColumnType.String, "The rule's severity.", Required: true, Labels: s_severities, Title: "严重程度"), r => ReportJsonWriter.Name(r.Check.Severity)),
            DatasetColumn<CheckRow>.OfDecimal(new("expected", ColumnType.Decimal, "The value the rule expects; null when not assessable.", Title: "应为"), r => r.Check.Expected),
            DatasetColumn<CheckRow>.OfDecimal(new("actual", ColumnType.Decimal, "The value the document states; null when not assessable.", Title: "实为"), r => r.Check.Actual),
            DatasetColumn<CheckRow>.OfText(new("message", ColumnType.String, "The finding in Chinese and English.", Title: "说明"), r => r.Check.Message),
            DatasetColumn<CheckRow>.OfText(new("cells", ColumnType.String, "The keys (table/row/col) of the cells involved, joined with `;`.", Title: "涉及单元格"), r => string.Join(';', r.Check.Cells)),
            DatasetColumn<CheckRow>.OfText(new("evidence", ColumnType.String, "JSON array of {ref, raw, at, source}: the cells and sentences involved as found.", Title: "证据"), r => r.Evidence),
        ],
        [],
        referencesReports: true);

    public static DatasetTable<SectionRow> Sections { get; } = new(
        "sections",
        "Sections",
        "One row per report and section key; text is null when the section was not found.",
        [
            DatasetColumn<SectionRow>.OfText(ReportIdColumn(), r => r.ReportId),
            DatasetColumn<SectionRow>.OfText(new("section", ColumnType.String, "The section key.", Required: true, Labels: s_sections, Title: "部分"), r => r.Section),
            DatasetColumn<SectionRow>.OfText(new("text", ColumnType.String, "The narrative text, page chrome removed; null when not found.", Title: "正文"), r => r.Text),
            DatasetColumn<SectionRow>.OfText(new("at", ColumnType.String, "Where the section lies in the source, from its heading to its last block (\"line 3 to line 9\"); null when not found or the format has no locations.", Title: "来源位置"), r => r.At),
        ],
        ["report_id", "section"],
        referencesReports: true);

    /// <summary>The pre-2019 statistics table, long (docs/legacy-and-statements.md lists the indicator keys).</summary>
    public static DatasetTable<LegacyIndicatorRow> LegacyIndicators { get; } = new(
        "legacy_indicators",
        "Legacy indicators",
        "One row per row of a pre-2019 statistics table (指标名称 / 计量单位 / 本年度 / 历年累计), in document order.",
        [
            DatasetColumn<LegacyIndicatorRow>.OfText(ReportIdColumn(), r => r.ReportId),
            DatasetColumn<LegacyIndicatorRow>.OfInteger(new("position", ColumnType.Integer, "1-based row number in the report's statistics table.", Required: true), r => r.Index + 1),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("indicator", ColumnType.String, "The indicator key (docs/legacy-and-statements.md); `other` when the label names none.", Required: true), r => r.Indicator.Key),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("label", ColumnType.String, "The row label as written, without its 其中/1. numbering."), r => r.Indicator.Label),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("unit", ColumnType.String, "The 计量单位 as written (条, 件, 元), else empty."), r => r.Indicator.Unit),
            DatasetColumn<LegacyIndicatorRow>.OfDecimal(new("this_year", ColumnType.Decimal, "本年度: the number, null unless this_year_kind is number."), r => r.Indicator.ThisYear),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("this_year_kind", ColumnType.String, "What the 本年度 cell holds.", Required: true, Labels: s_kinds), r => ReportJsonWriter.Name(r.Indicator.ThisYearKind)),
            DatasetColumn<LegacyIndicatorRow>.OfDecimal(new("cumulative", ColumnType.Decimal, "历年累计: the number, null unless cumulative_kind is number."), r => r.Indicator.Cumulative),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("cumulative_kind", ColumnType.String, "What the 历年累计 cell holds.", Required: true, Labels: s_kinds), r => ReportJsonWriter.Name(r.Indicator.CumulativeKind)),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("raw", ColumnType.String, "The value text as found (a glued run in crawler dumps)."), r => r.Indicator.Raw),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("resolved_by", ColumnType.String, "Null when the table alone gives the values; `narrative` when a number the narrative states picked one of several splits."), r => r.Indicator.ResolvedBy),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("candidates", ColumnType.String, "The valid splits `this_year|cumulative` of a glued run, joined with `;`, when there was more than one."), r => string.Join(';', r.Indicator.Candidates)),
            DatasetColumn<LegacyIndicatorRow>.OfText(new("at", ColumnType.String, "Where the row is in the source."), r => r.Indicator.At),
        ],
        ["report_id", "position"],
        referencesReports: true);

    /// <summary>Numeric statements of the narrative (docs/legacy-and-statements.md lists the quantity keys).</summary>
    public static DatasetTable<StatementRow> Statements { get; } = new(
        "statements",
        "Narrative statements",
        "One row per number the narrative states with a counting unit, in reading order.",
        [
            DatasetColumn<StatementRow>.OfText(ReportIdColumn(), r => r.ReportId),
            DatasetColumn<StatementRow>.OfInteger(new("position", ColumnType.Integer, "1-based number of the statement in the report.", Required: true), r => r.Index + 1),
            DatasetColumn<StatementRow>.OfText(new("quantity", ColumnType.String, "The quantity key (docs/legacy-and-statements.md); `other` when not recognised.", Required: true), r => r.Statement.Quantity),
            DatasetColumn<StatementRow>.OfDecimal(new("value", ColumnType.Decimal, "The number stated.", Required: true), r => r.Statement.Value),
            DatasetColumn<StatementRow>.OfText(new("unit", ColumnType.String, "The unit written after it (件, 条, 个, 人次, 万元 …; 多件/余条 for an approximate number)."), r => r.Statement.Unit),
            DatasetColumn<StatementRow>.OfText(new("section", ColumnType.String, "The section key the sentence is in.", Required: true, Labels: s_sections), r => r.Statement.Section),
            DatasetColumn<StatementRow>.OfText(new("phrase", ColumnType.String, "The clause the number was read from, folded to simplified characters."), r => r.Statement.Phrase),
            DatasetColumn<StatementRow>.OfText(new("sentence", ColumnType.String, "The whole sentence as written."), r => r.Statement.Sentence),
            DatasetColumn<StatementRow>.OfText(new("at", ColumnType.String, "The section, the sentence's number in it and the section's source range."), r => r.Statement.At),
        ],
        ["report_id", "position"],
        referencesReports: true);

    public static DatasetTable<DiagnosticRow> Diagnostics { get; } = new(
        "diagnostics",
        "Diagnostics",
        "One row per problem met while reading, mapping and checking a report.",
        [
            DatasetColumn<DiagnosticRow>.OfText(ReportIdColumn(), r => r.ReportId),
            DatasetColumn<DiagnosticRow>.OfText(new("code", ColumnType.String, "A stable code: EX1xx reading, EX2xx detection, EX3xx mapping, EX4xx checks, EX5xx fetching.", Required: true, Title: "代码"), r => r.Diagnostic.Code),
            DatasetColumn<DiagnosticRow>.OfText(new("severity", ColumnType.String, "How much it matters.", Required: true, Labels: s_severities, Title: "严重程度"), r => ReportJsonWriter.Name(r.Diagnostic.Severity)),
            DatasetColumn<DiagnosticRow>.OfText(new("message", ColumnType.String, "What happened.", Title: "说明"), r => r.Diagnostic.Message),
            DatasetColumn<DiagnosticRow>.OfText(new("at", ColumnType.String, "Where in the source; empty for the whole document.", Title: "来源位置"), r => r.Diagnostic.At),
        ],
        [],
        referencesReports: true);

    /// <summary>The wide tables (`active`, `applications`, `appeals`), in template order.</summary>
    public static IReadOnlyList<WideTable> Wide { get; } = [.. KeyLabels.TableKeys.Select(WideTable.Create)];

    /// <summary>Every dataset in file order.</summary>
    public static IReadOnlyList<TableInfo> All { get; } =
    [
        Reports.Info,
        Cells.Info,
        .. Wide.Select(w => w.Table.Info),
        Checks.Info,
        Sections.Info,
        Diagnostics.Info,
        LegacyIndicators.Info,
        Statements.Info,
    ];

    public static ColumnInfo ReportIdColumn() => new("report_id", ColumnType.String, "The report (reports.report_id).", Required: true, Title: "报告编号");

    // SCHEMA.md fixes published_at as yyyy-MM-dd; anything else is a reader bug, which must stop the write rather than
    // become a null the researcher cannot tell from "no date on the page".
    private static DateOnly? IsoDate(string? text) =>
        text is null ? null
        : DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date) ? date
        : throw new InvalidDataException($"published_at '{text}' is not a yyyy-MM-dd date (SCHEMA.md §5).");
}
