using Extractor.Core.Mapping;
using Extractor.Core.Records;

namespace Extractor.Core.Legacy;

/// <summary>Finds the pre-2019 statistics table of a sectioned document, as a table or as text, and reads its indicators.</summary>
internal static class LegacyStatistics
{
    public static IReadOnlyList<LegacyIndicator> Read(SectionedDocument sectioned, IReadOnlyList<NarrativeStatementRecord> statements, List<Diagnostic> diagnostics)
    {
        var rows = new List<LegacyRow>();
        foreach (var table in sectioned.StatisticsTables)
        {
            rows.AddRange(LegacyTableGrid.TableToRows(table));
        }

        if (rows.Count == 0 && sectioned.Narrative.TryGetValue(SectionHeadings.Statistics, out var lines))
        {
            rows.AddRange(LegacyTableText.TextToRows(string.Join(" ", lines), sectioned.RangeText(SectionHeadings.Statistics) ?? string.Empty));
        }

        if (rows.Count == 0 && sectioned.HeadingsFound.Contains(SectionHeadings.Statistics))
        {
            diagnostics.Add(new Diagnostic(DiagnosticCodes.TableMissing, "legacy_indicators: a statistics-table caption was found but no 指标名称 header and rows after it", sectioned.RangeText(SectionHeadings.Statistics) ?? string.Empty, Severity.Info));
        }

        return rows.Count == 0 ? [] : LegacyStatisticsReader.Read(rows, statements, diagnostics);
    }
}
