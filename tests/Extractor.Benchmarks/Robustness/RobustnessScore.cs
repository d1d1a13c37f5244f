using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Records;

namespace Extractor.Benchmarks.Robustness;

/// <summary>
/// Reads degraded documents and scores them against their truth the way a watchdog would: numbers right, numbers
/// wrong (a number that differs from the source, or one where the source has none), and false fails (a check that
/// fails where the pristine source passes). The last two must be 0.
/// </summary>
internal sealed class RobustnessScore
{
    public int Documents { get; private set; }

    public int TruthCells { get; private set; }

    public int Right { get; private set; }

    public int OrderPlaced { get; private set; }

    public List<string> WrongNumbers { get; } = [];

    public List<string> FalseFails { get; } = [];

    public List<string> Failed { get; } = [];

    /// <summary>Numbers right and in the sources per kind of source and damage (`county-2021.plain.txt`, `+shred`, …).</summary>
    public SortedDictionary<string, (int Right, int Total)> ByPart { get; } = new(StringComparer.Ordinal);

    public static RobustnessScore Run(ExtractionPipeline parser, IEnumerable<DegradedDocument> documents)
    {
        ArgumentNullException.ThrowIfNull(parser);
        ArgumentNullException.ThrowIfNull(documents);
        var score = new RobustnessScore();
        foreach (var document in documents)
        {
            score.Add(document, parser.Parse(new SourceDocument(document.FileName, document.Content)));
        }

        return score;
    }

    /// <summary>One line for the README: documents, cells right, wrong numbers, false fails.</summary>
    public string Summary() =>
        $"{Documents} degraded documents, {TruthCells} numbers in their sources: {Right} read right ({100.0 * Right / Math.Max(1, TruthCells):0.0} %, {OrderPlaced} of them placed by row order), "
        + $"{WrongNumbers.Count} wrong numbers, {FalseFails.Count} false fails, {Failed.Count} documents not read";

    private void Add(DegradedDocument document, ReportResult report)
    {
        Documents++;
        TruthCells += document.Truth.Count;
        if (report.Status is ReportStatus.Failed or ReportStatus.NotAReport)
        {
            Failed.Add($"{document.Name}: {report.Status}");
        }

        foreach (var cell in report.Cells.Where(static c => c.Kind == CellKind.Number).DistinctBy(static c => c.Key))
        {
            if (document.Truth.TryGetValue(cell.Key, out var value) && value == cell.Value)
            {
                Right++;
                OrderPlaced += cell.ResolvedBy == CellResolution.Order ? 1 : 0;
            }
            else
            {
                WrongNumbers.Add($"{document.Name}: {cell.Key} = {cell.Value} (raw 「{cell.Raw}」 at {cell.At}), source {(document.Truth.TryGetValue(cell.Key, out var t) ? t.ToString(System.Globalization.CultureInfo.InvariantCulture) : "no number")}");
            }
        }

        var right = report.Cells.Where(static c => c.Kind == CellKind.Number).DistinctBy(static c => c.Key)
            .Count(c => document.Truth.TryGetValue(c.Key, out var v) && v == c.Value);
        var parts = document.Name.Split('#')[0].Split('+');
        foreach (var part in parts.Skip(1).Select(static p => "+" + p).Prepend(parts[0]))
        {
            var (r, t) = ByPart.GetValueOrDefault(part);
            ByPart[part] = (r + right, t + document.Truth.Count);
        }

        foreach (var check in report.Checks.Where(c => c.Outcome == CheckOutcome.Fail && !document.TruthFails.Contains($"{c.Rule}/{c.Scope}")))
        {
            FalseFails.Add($"{document.Name}: {check.Message}");
        }
    }
}
