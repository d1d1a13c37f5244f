using System.Globalization;
using Extractor.Core.Records;

namespace Extractor.Core.Legacy;

/// <summary>
/// Resolves a glued pair the table could not split with the year before: of the candidate splits of year Y, the one
/// where 历年累计(Y) = 历年累计(Y−1) + 本年度(Y) is taken when it is the only one (resolved_by `cross_year`).
/// </summary>
internal static class LegacyCrossYear
{
    public const string ResolvedBy = "cross_year";

    /// <summary>Returns <paramref name="current"/> with the indicators the year before resolves, or itself when none.</summary>
    public static ReportResult Resolve(ReportResult current, IReadOnlyList<ReportResult> previous)
    {
        if (!current.LegacyIndicators.Any(static i => i.ThisYearKind == CellKind.Missing && i.Candidates.Count > 1))
        {
            return current;
        }

        var changed = false;
        var indicators = current.LegacyIndicators.ToList();
        for (var k = 0; k < indicators.Count; k++)
        {
            var row = indicators[k];
            if (row.ThisYearKind != CellKind.Missing || row.Candidates.Count < 2 || row.Key == LegacyIndicatorKeys.Other)
            {
                continue;
            }

            var before = previous.SelectMany(p => p.LegacyIndicators).Where(i => i.Key == row.Key && i.CumulativeKind == CellKind.Number).Select(static i => i.Cumulative!.Value).Distinct().ToList();
            if (before.Count != 1)
            {
                continue;
            }

            var fitting = row.Candidates.Select(Parse).Where(p => p is { } pair && pair.Cumulative == before[0] + pair.ThisYear).ToList();
            if (fitting is [{ } only])
            {
                indicators[k] = row with { ThisYearKind = CellKind.Number, ThisYear = only.ThisYear, CumulativeKind = CellKind.Number, Cumulative = only.Cumulative, ResolvedBy = ResolvedBy };
                changed = true;
            }
        }

        return changed ? current with { LegacyIndicators = indicators } : current;
    }

    private static LegacyPair? Parse(string candidate)
    {
        var parts = candidate.Split('|');
        return parts.Length == 2
            && decimal.TryParse(parts[0], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var a)
            && decimal.TryParse(parts[1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var b)
            ? new LegacyPair(a, b)
            : null;
    }
}
