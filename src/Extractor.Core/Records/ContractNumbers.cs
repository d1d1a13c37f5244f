using System.Globalization;

namespace Extractor.Core.Records;

/// <summary>
/// The one bound on every number the contract publishes (cells, legacy indicators, narrative statements, check values):
/// below 10^15 in magnitude and at most 8 decimals. No report counts past 10^15, so a longer run of digits is two
/// numbers run together or noise; and the datasets' Parquet DECIMAL(28,8) could not hold what the bound lets past.
/// <see cref="Bound"/> turns an oversized number into text (or drops a statement) with an EX310 diagnostic, never a crash.
/// </summary>
internal static class ContractNumbers
{
    /// <summary>Numbers at or above this magnitude are not published as numbers.</summary>
    public const decimal MaxMagnitude = 1_000_000_000_000_000m;

    /// <summary>The decimals the datasets keep (Parquet DECIMAL(28,8)).</summary>
    public const int MaxDecimals = 8;

    /// <summary>True when <paramref name="value"/> is below 10^15 in magnitude with at most 8 decimals.</summary>
    public static bool Fits(decimal value) => Math.Abs(value) < MaxMagnitude && value == Math.Round(value, MaxDecimals);

    /// <summary>True when <paramref name="value"/> is null or <see cref="Fits(decimal)"/>.</summary>
    public static bool Fits(decimal? value) => value is not { } v || Fits(v);

    /// <summary>
    /// <paramref name="report"/> with every number outside the bound taken out of the numbers: a cell or legacy value
    /// becomes `text` (its raw text kept), a statement is dropped (its sentence stays in the sections), a check value is
    /// cleared and the check is `not_assessable`; each with an EX310 diagnostic naming it. The same instance when all fit.
    /// </summary>
    public static ReportResult Bound(ReportResult report)
    {
        ArgumentNullException.ThrowIfNull(report);
        if (report.Cells.All(static c => Fits(c.Value))
            && report.LegacyIndicators.All(static l => Fits(l.ThisYear) && Fits(l.Cumulative))
            && report.Statements.All(static s => Fits(s.Value))
            && report.Checks.All(static c => Fits(c.Expected) && Fits(c.Actual)))
        {
            return report;
        }

        var diagnostics = report.Diagnostics.ToList();
        var cells = report.Cells.Select(cell =>
        {
            if (Fits(cell.Value))
            {
                return cell;
            }

            diagnostics.Add(Diagnostic($"cells/{cell.Key}", cell.Value!.Value, "kept as text", cell.At));
            return cell with { Kind = CellKind.Text, Value = null };
        }).ToList();

        var legacy = report.LegacyIndicators.Select(indicator =>
        {
            var result = indicator;
            if (!Fits(indicator.ThisYear))
            {
                diagnostics.Add(Diagnostic($"legacy_indicators/{indicator.Key}/this_year", indicator.ThisYear!.Value, "kept as text", indicator.At));
                result = result with { ThisYearKind = CellKind.Text, ThisYear = null };
            }

            if (!Fits(indicator.Cumulative))
            {
                diagnostics.Add(Diagnostic($"legacy_indicators/{indicator.Key}/cumulative", indicator.Cumulative!.Value, "kept as text", indicator.At));
                result = result with { CumulativeKind = CellKind.Text, Cumulative = null };
            }

            return result;
        }).ToList();

        var statements = new List<NarrativeStatementRecord>(report.Statements.Count);
        foreach (var statement in report.Statements)
        {
            if (Fits(statement.Value))
            {
                statements.Add(statement);
            }
            else
            {
                diagnostics.Add(Diagnostic($"statements/{statement.Quantity}", statement.Value, "not published as a statement (the sentence stays in its section)", statement.At));
            }
        }

        var checks = report.Checks.Select(check =>
        {
            if (Fits(check.Expected) && Fits(check.Actual))
            {
                return check;
            }

            var value = Fits(check.Expected) ? check.Actual!.Value : check.Expected!.Value;
            diagnostics.Add(Diagnostic($"checks/{check.Rule}/{check.Scope}", value, "the check is not assessable", string.Empty));
            return check with { Outcome = CheckOutcome.NotAssessable, Expected = null, Actual = null };
        }).ToList();

        return report with { Cells = cells, LegacyIndicators = legacy, Statements = statements, Checks = checks, Diagnostics = diagnostics };
    }

    private static Diagnostic Diagnostic(string what, decimal value, string outcome, string at) => new(
        DiagnosticCodes.NumberOutOfRange,
        $"{what}: {value.ToString(CultureInfo.InvariantCulture)} is no number a report states (|v| ≥ 10^15 or more than {MaxDecimals} decimals); {outcome}",
        at);
}
