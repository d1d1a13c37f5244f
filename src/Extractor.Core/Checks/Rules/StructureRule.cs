using Extractor.Core.Records;

namespace Extractor.Core.Checks.Rules;

/// <summary>STRUCT: the three tables are there and complete for the detected format, with no foreign rows, and every section heading was found.</summary>
internal sealed class StructureRule : IReportRule
{
    private static readonly (string Key, string Zh)[] s_sections =
    [
        ("overall", "一、总体情况"),
        ("active", "二、主动公开政府信息情况"),
        ("applications", "三、收到和处理政府信息公开申请情况"),
        ("appeals", "四、政府信息公开行政复议、行政诉讼情况"),
        ("problems", "五、存在的主要问题及改进情况"),
        ("other", "六、其他需要报告的事项"),
    ];

    private static readonly Dictionary<string, string> s_tablesZh = new(StringComparer.Ordinal)
    {
        ["active"] = "表二",
        ["applications"] = "表三",
        ["appeals"] = "表四",
    };

    public string Id => "STRUCT";

    public RuleSource Source => RuleSource.Stated;

    public Severity Severity => Severity.Error;

    public string Description => "tables 二/三/四 present with every cell of the detected template and no rows of the other format; six section headings found; expected/actual count cells + headings";

    public IEnumerable<CheckResult> Check(ReportView report)
    {
        var template = report.Template;
        if (template is null)
        {
            yield break;
        }

        var zh = new List<string>();
        var en = new List<string>();
        var cells = new List<string>();
        var evidence = new List<CheckEvidence>();
        var expected = 0;
        var found = 0;

        foreach (var table in template.Tables)
        {
            var tableZh = s_tablesZh.GetValueOrDefault(table.Key, table.Key);
            var keys = table.Rows.SelectMany(r => r.Columns.Select(c => report.Cell(table.Key, r.Key, c.Key))).ToList();
            expected += keys.Count;
            if (report.IsTableMissing(table.Key))
            {
                zh.Add($"未找到{tableZh}");
                en.Add($"table {table.Key} not found");
                continue;
            }

            var missing = keys.Where(c => !ReportView.IsFound(c)).ToList();
            found += keys.Count - missing.Count;
            cells.AddRange(missing.Select(c => c.Key));
            var missingRows = missing.Select(c => c.Row).Distinct(StringComparer.Ordinal).ToList();
            if (missingRows.Count > 0)
            {
                zh.Add($"{tableZh}缺少{missing.Count}格（{string.Join("、", missingRows.Select(r => CellLabels.Row(table.Key, r)))}）");
                en.Add($"table {table.Key} lacks {missing.Count} cells (rows {string.Join(", ", missingRows)})");
            }

            // Rows of the other format (the 2019 （六）其他处理 in a 2021 table, or the reverse) are a deviation even when the sums work.
            var rowKeys = table.Rows.Select(static r => r.Key).ToHashSet(StringComparer.Ordinal);
            var foreign = report.Report.Cells
                .Where(c => c.Table == table.Key && !rowKeys.Contains(c.Row) && ReportView.IsFound(c))
                .ToList();
            foreach (var row in foreign.Select(c => c.Row).Distinct(StringComparer.Ordinal))
            {
                zh.Add($"{tableZh}含有本格式没有的行 {CellLabels.Row(table.Key, row)}（{row}）");
                en.Add($"table {table.Key} has row {row}, which template {template.Id} does not have");
            }

            cells.AddRange(foreign.Select(c => c.Key));
            evidence.AddRange(foreign.Select(c => new CheckEvidence(c.Key, c.Raw, c.At)));
        }

        foreach (var (key, headingZh) in s_sections)
        {
            expected++;
            var text = report.Report.Sections.AsPairs().First(p => p.Key == key).Value;
            var isTable = template.FindTable(key) is not null;
            if (text is not null || (isTable && !report.IsTableMissing(key)))
            {
                found++;
                continue;
            }

            zh.Add($"未找到章节 {headingZh}");
            en.Add($"section {key} not found");
        }

        // Only a row of the other format is positive evidence of a deviation. A table, row or heading we did not find
        // may be our misreading or a cut excerpt (the report is then `partial` and its diagnostics say what is missing),
        // so it makes the rule not assessable, never a fail a watchdog would chase.
        var holds = zh.Count == 0;
        var deviates = evidence.Count > 0;
        var outcome = holds ? CheckOutcome.Pass : deviates ? CheckOutcome.Fail : CheckOutcome.NotAssessable;
        var message = holds
            ? CheckText.Bilingual($"{Id} 全文: {template.Id}版三张表完整（{found - s_sections.Length}格），六个章节均已找到",
                $"{Id} report: the three tables of template {template.Id} are complete ({found - s_sections.Length} cells) and all six sections were found")
            : CheckText.Bilingual($"{Id} 全文: {string.Join("；", zh)}", $"{Id} report: {string.Join("; ", en)}");
        yield return RuleResults.Create(this, "report", outcome, expected, found, message, cells, evidence);
    }
}
