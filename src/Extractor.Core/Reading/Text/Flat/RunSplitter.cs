using System.Text;
using Extractor.Core.Records;

namespace Extractor.Core.Reading.Text.Flat;

/// <summary>
/// Enumerates every way to cut a run of glued digits into a row's cells: no cell is empty, no cell has a leading zero
/// (a lone 0 is fine), whitespace in the run is a forced cut, a minus sign starts a cell and is allowed only in a
/// <see cref="ColumnKind.Change"/> column, and a decimal point only inside an <see cref="ColumnKind.Amount"/> cell.
/// </summary>
internal static class RunSplitter
{
    /// <summary>Runs of a report row are short; a run with more splits than this is not worth guessing at.</summary>
    public const int DefaultCap = 50_000;

    /// <summary>Bounds the search itself, since dead branches cost time without yielding splits.</summary>
    private const int MaximumSteps = 2_000_000;

    /// <summary>
    /// The longest whole part a published number has (<see cref="ContractNumbers.MaxMagnitude"/> is 10^15): a longer
    /// cell never fits, so a run of thousands of digits ends the search at once instead of growing every cell to the end.
    /// </summary>
    private const int MaximumWholeDigits = 15;

    /// <summary>The longest cell text: a sign, the whole digits, a point and the decimals.</summary>
    private const int MaximumCellLength = 1 + MaximumWholeDigits + 1 + ContractNumbers.MaxDecimals;

    public static RunSplitResult Split(string run, IReadOnlyList<ColumnKind> columns, int cap = DefaultCap)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(columns);
        var (chars, forced) = Normalise(run);
        var splits = new List<string[]>();
        if (chars.Length == 0 || columns.Count == 0)
        {
            return new RunSplitResult(splits, false);
        }

        var cells = new string[columns.Count];
        var steps = 0;
        var capped = false;
        Search(0, 0);
        return new RunSplitResult(splits, capped);

        void Search(int position, int column)
        {
            if (capped || ++steps > MaximumSteps)
            {
                capped = true;
                return;
            }

            // What is left of the run must fit in the cells left: otherwise no branch below can end well.
            if (chars.Length - position > (cells.Length - column) * MaximumCellLength)
            {
                return;
            }

            if (column == cells.Length)
            {
                if (position < chars.Length)
                {
                    return;
                }

                if (splits.Count >= cap)
                {
                    capped = true;
                    return;
                }

                splits.Add((string[])cells.Clone());
                return;
            }

            var lastColumn = column == cells.Length - 1;
            for (var end = position + 1; end <= chars.Length - (cells.Length - column - 1); end++)
            {
                var cell = chars[position..end];
                var fits = Fits(cell, columns[column]);
                if (fits is null)
                {
                    break;
                }

                if (fits.Value && (!lastColumn || end == chars.Length))
                {
                    cells[column] = cell;
                    Search(end, column + 1);
                }

                // A cell never spans a forced cut.
                if (end < chars.Length && forced[end])
                {
                    break;
                }
            }
        }
    }

    /// <summary>Drops whitespace, remembering it as forced cuts; a minus sign forces a cut before itself.</summary>
    private static (string Chars, bool[] Forced) Normalise(string run)
    {
        var sb = new StringBuilder(run.Length);
        var cuts = new List<int>();
        foreach (var c in run)
        {
            if (char.IsWhiteSpace(c))
            {
                cuts.Add(sb.Length);
                continue;
            }

            if (FlatTokenizer.IsSign(c))
            {
                cuts.Add(sb.Length);
                sb.Append('-');
                continue;
            }

            sb.Append(c);
        }

        var forced = new bool[sb.Length + 1];
        foreach (var cut in cuts)
        {
            forced[cut] = true;
        }

        return (sb.ToString(), forced);
    }

    /// <summary>Whether a cell text fits its column (true), could fit if it grew (false), or never will (null).</summary>
    private static bool? Fits(string cell, ColumnKind kind)
    {
        var digits = cell;
        if (cell[0] == '-')
        {
            if (kind != ColumnKind.Change)
            {
                return null;
            }

            digits = cell[1..];
            if (digits.Length == 0)
            {
                return false;
            }

            // -0 would be no change written with a sign; no report prints it.
            if (digits[0] == '0')
            {
                return null;
            }
        }

        var point = digits.IndexOf('.', StringComparison.Ordinal);
        var whole = point < 0 ? digits : digits[..point];
        if ((whole.Length > 1 && whole[0] == '0') || whole.Length > MaximumWholeDigits)
        {
            return null;
        }

        if (point >= 0 && digits.Length - point - 1 > ContractNumbers.MaxDecimals)
        {
            return null;
        }

        if (point < 0)
        {
            return true;
        }

        if (kind != ColumnKind.Amount || whole.Length == 0 || digits.IndexOf('.', point + 1) >= 0)
        {
            return null;
        }

        return point < digits.Length - 1;
    }
}
