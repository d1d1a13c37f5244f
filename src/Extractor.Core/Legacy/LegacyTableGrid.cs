using Extractor.Core.Documents;
using Extractor.Core.Text;

namespace Extractor.Core.Legacy;

/// <summary>Reads the old statistics table laid out as a real table (HTML, PDF, DOCX): the 指标名称 header row names the columns.</summary>
internal static class LegacyTableGrid
{
    public static List<LegacyRow> TableToRows(TableBlock table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var rows = new List<LegacyRow>();
        int? label = null, unit = null, thisYear = null, cumulative = null;
        var headerRow = -1;
        for (var r = 0; r < table.Rows.Count && headerRow < 0; r++)
        {
            foreach (var cell in table.Rows[r])
            {
                var norm = ChineseText.NormalizeLabel(cell.Text);
                if (norm.Contains("指标", StringComparison.Ordinal))
                {
                    label = cell.Column;
                    headerRow = r;
                }
                else if (norm.Contains("单位", StringComparison.Ordinal))
                {
                    unit = cell.Column;
                }
                else if (norm.Contains("累计", StringComparison.Ordinal))
                {
                    cumulative = cell.Column;
                }
                else if (norm.Contains("年度", StringComparison.Ordinal) || norm.Contains("本年", StringComparison.Ordinal))
                {
                    thisYear = cell.Column;
                }
            }
        }

        if (label is null || thisYear is null || cumulative is null)
        {
            return rows;
        }

        for (var r = headerRow + 1; r < table.Rows.Count; r++)
        {
            var cells = table.Rows[r];
            var labelCell = cells.FirstOrDefault(c => c.Column == label);
            if (labelCell is null || labelCell.Text.Trim().Length == 0)
            {
                continue;
            }

            var unitText = unit is null ? string.Empty : cells.FirstOrDefault(c => c.Column == unit)?.Text.Trim() ?? string.Empty;
            var a = cells.FirstOrDefault(c => c.Column == thisYear)?.Text.Trim() ?? string.Empty;
            var b = cells.FirstOrDefault(c => c.Column == cumulative)?.Text.Trim() ?? string.Empty;
            var text = LegacyLabels.Clean(labelCell.Text);
            rows.Add(new LegacyRow(text, unitText, [a, b], $"{a} | {b}", labelCell.At.ToString()));
        }

        return rows;
    }
}
