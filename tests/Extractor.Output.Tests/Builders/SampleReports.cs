using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Output.Tests.Builders;

/// <summary>A small set of reports covering both templates, every cell kind, a negative 2019 change, decimal amounts and text that looks like a formula.</summary>
public static class SampleReports
{
    public const string FormulaRaw = "=SUM(A1:A9)";

    public static IReadOnlyList<ReportResult> Create() =>
    [
        new ReportBuilder()
            .WithSeed(1)
            .WithUri("https://example.gov.cn/2022/report-a.html")
            .WithNumber("active", "fees", "amount", 12.35m, "12.35", "万元")
            .WithBlank("applications", "carried_over", "research")
            .WithNa("applications", "withheld_state_secret", "natural_person", "/")
            .WithNa("applications", "withheld_state_secret", "commercial", "-")
            .WithText("appeals", "review", "other", "见附件")
            .WithText("applications", "other_misc", "commercial", FormulaRaw)
            .WithNumber("applications", "new_received", "total", 0m)
            .WithExtraCell(new CellRecord("applications", "other_handling", "natural_person", CellKind.Number, 3m, "3", "", "table 3, row 24"))
            .WithCheck(new CheckResult("T3-ID", "natural_person", CheckOutcome.Pass, Severity.Error, 13m, 13m, "T3-ID 自然人 13 = 13", ["applications/new_received/natural_person", "applications/carried_over/natural_person"], [new CheckEvidence("applications/new_received/natural_person", "12", "table 3, row 4")]))
            .WithCheck(new CheckResult("T3-COL", "granted", CheckOutcome.Fail, Severity.Error, 20m, 21m, "-T3-COL 予以公开: 20 ≠ 21", ["applications/granted/total"], []))
            .WithCheck(new CheckResult("T4-SUM", "review", CheckOutcome.NotAssessable, Severity.Error, null, null, "T4-SUM 行政复议: text", ["appeals/review/other"], [new CheckEvidence("appeals/review/other", "见附件", "table 4, row 3", "https://example.gov.cn/other.html")]))
            .WithDiagnostic(new Diagnostic(DiagnosticCodes.TemplateDeviation, "-2019 row （六）其他处理 kept in a 2021 table", "table 3, row 24"))
            .Build(),
        new ReportBuilder()
            .WithTemplate(TemplateIds.V2019)
            .WithSeed(2)
            .WithUri("https://example.gov.cn/2019/report-b.html")
            .WithAgency("@某某县财政局")
            .WithYear(2019)
            .WithPublishedAt(null)
            .WithSections(ReportSections.Empty)
            .WithNumber("active", "licensing", "change", -18m)
            .WithNumber("active", "procurement", "amount", 1234.5m, "1234.5万元", "万元")
            .WithNa("active", "fees", "change", "—")
            .WithBlank("appeals", "litigation_direct", "pending")
            .Build(),
        new ReportBuilder()
            .WithSeed(3)
            .WithUri("https://example.gov.cn/2023/report-c.html")
            .WithYear(null)
            .Build(),
    ];
}
