namespace Extractor.Pdf.Ocr;

/// <summary>
/// The rules of a black-and-white scan made a little askew, once the page is straight (sheared by whole pixels,
/// <see cref="FaxShear"/>, or turned grey with <see cref="OcrOptions.StraightenFax"/>). Thresholding kept a
/// one-pixel rule only where it fell on one pixel row, so it is dashes: one every 1 / tan(angle) pixels whatever the
/// resolution (143 px at 0.4°), with gaps of up to that length. At 150 dpi such a gap is longer than a table row is
/// high, so a vertical rule may show no ink at all beside a row. The dashes of one rule lie on one line once the page
/// is straight; they are closed over gaps up to the period, on thin ink with paper beside (so a line of text is never
/// a rule), and each end is carried to a crossing rule. Where a rule ends is only known to within its gap: it is
/// carried to the farthest crossing rule before the place its next dash would have shown ink, and no farther.
/// </summary>
internal static class FaxDashes
{
    /// <summary>The longest gap between the dashes of a rule of a page turned by <paramref name="degrees"/>, in pixels.</summary>
    public static int Period(double degrees, double dpi)
    {
        var tan = Math.Tan(Math.Abs(degrees) * Math.PI / 180);
        // Nearly straight, a rule is one long dash: no closing beyond a third of an inch is needed, or safe.
        return (int)Math.Clamp(tan > 0 ? (1 / tan) + 4 : 0, dpi / 3, dpi);
    }

    /// <summary>
    /// <paramref name="found"/> (the rules found whole) with the dashed rules closed: rules found whole on the same line
    /// are taken into the closed rule. Dashes are runs of thin ink at least <paramref name="minDash"/> long: a column of
    /// figures or characters lines up thin strokes too, but short ones, broken where a stroke crosses them.
    /// </summary>
    public static List<PixelRule> Close(bool[] ink, int width, int height, List<PixelRule> found, int minLength, int maxGap, int period, int minDash)
    {
        var clear = Math.Max(2, maxGap + 1);
        var near = maxGap + 4;
        var candidates = new List<Dashed>();
        var thinAlong = new Dictionary<bool, bool[]>();
        var dashes = new Dictionary<bool, List<PixelRule>>();
        foreach (var horizontal in new[] { true, false })
        {
            thinAlong[horizontal] = ImageRuleFinder.Thin(ink, width, height, horizontal, clear);
            dashes[horizontal] = ImageRuleFinder.Find(thinAlong[horizontal], width, height, horizontal, minDash, maxGap);
        }

        // The usual dash, of both directions (one angle makes them alike): the upper quartile of the dashes shorter than
        // the period (the others are solid rules).
        var lengths = dashes.Values.SelectMany(static d => d).Select(static d => d.End - d.Start + 1).Where(l => l < period).Order().ToList();
        var usual = lengths.Count == 0 ? period : lengths[lengths.Count * 3 / 4];
        foreach (var horizontal in new[] { true, false })
        {
            candidates.AddRange(Chain(dashes[horizontal], minLength, period, usual, near));
        }

        // Twice: a crossing rule closed in the first round is evidence for the ends of the second.
        var closed = new List<PixelRule>();
        for (var round = 0; round < 2; round++)
        {
            var known = found.Concat(closed).Concat(candidates.Select(static k => k.Rule)).ToList();
            closed = [];
            foreach (var dashed in candidates)
            {
                var rule = dashed.Rule;
                // Crossing rules with ink of their own at this rule's line (a crossing rule's gaps are no evidence).
                var crossingRules = known
                    .Where(c => c.IsHorizontal != rule.IsHorizontal && c.Start - near <= rule.Position && c.End + near >= rule.Position)
                    .ToList();
                var crossing = crossingRules.Select(static c => (int)Math.Round(c.Position)).ToList();
                bool GoesOn(int p, int direction)
                {
                    // Looked at just past the crossing rule's own ink: the rest of a dash the crossing rule cut can be a
                    // few pixels long (county fax 150: 1070–1075 past a column rule at 1067–1068).
                    var c = crossingRules.First(r => (int)Math.Round(r.Position) == p);
                    // Thin ink only: a heading's stroke just below a table's frame is no rule going on.
                    return GoesOnPast(thinAlong[rule.IsHorizontal], width, height, rule, direction > 0 ? c.Last + 1 : c.First - 1, direction);
                }

                // A crossing rule that ends on this one's line is the stem of a T, this rule the bar going on past it
                // (county fax 150: a row rule stopped at the label column's rule that starts below it) — or the two meet
                // at a corner. Carried on past a stem, the rule must reach a rule that crosses it whole: the dashes of
                // all rules on whole pixel lines end alike, so a rule that ends here too says nothing.
                // A rule found whole (a frame) is a corner to end at.
                bool Across(int p) => crossingRules.Any(r => (int)Math.Round(r.Position) == p && r.Start < rule.Position - near && r.End > rule.Position + near)
                    || found.Any(r => r.IsHorizontal != rule.IsHorizontal && (int)Math.Round(r.Position) == p && r.Start - near <= rule.Position && r.End + near >= rule.Position);
                bool Stem(int p) => !Across(p) && crossingRules.Any(r => (int)Math.Round(r.Position) == p && (Math.Abs(r.Start - rule.Position) <= near || Math.Abs(r.End - rule.Position) <= near));

                // Nor out of its table: a rule found whole parallel to it (a table's frame, solid where the inner rules are
                // dashes) that begins or ends at or within the stretch, with none that spans it, is the edge of a table (county
                // fax 150: three column rules carried across the gap between two tables).
                // Longer than the period: a single dash can be as long as the shortest rule (bureau fax 150: a 60-px dash
                // "found whole" stopped four row rules from reaching the frame).
                var solid = found.Where(c => c.IsHorizontal == rule.IsHorizontal && Math.Abs(c.Position - rule.Position) > near && c.End - c.Start >= period).ToList();
                bool OutOfTable(int from, int to) =>
                    solid.Any(c => (c.Start >= from - near && c.Start <= to + near) || (c.End >= from - near && c.End <= to + near))
                    && !solid.Any(c => c.Start - near <= from && c.End + near >= to);
                bool Text(int from, int to) => TextOnLine(ink, thinAlong[rule.IsHorizontal], width, rule, from, to, crossing, near) || OutOfTable(from, to);
                var before = End(crossing, rule.Start, -1, dashed.FirstDash, dashed, minDash, near, GoesOn, Text, Stem, Across);
                var after = End(crossing, rule.End, +1, dashed.LastDash, dashed, minDash, near, GoesOn, Text, Stem, Across);
                if (before >= 0 && after >= 0 && after - before >= minLength)
                {
                    closed.Add(rule with { Start = Math.Min(before, rule.Start), End = Math.Max(after, rule.End) });
                }
            }
        }

        var whole = found.Where(f => !closed.Any(c => c.IsHorizontal == f.IsHorizontal && Math.Abs(c.Position - f.Position) <= 3 && c.Start <= f.End && c.End >= f.Start));
        return whole.Concat(closed).ToList();
    }

    /// <summary>
    /// The crossing rule an end at <paramref name="at"/> (going <paramref name="direction"/>) is carried to; -1 for
    /// none. A dash cut short there (shorter than the rule's usual dash) ends on the crossing rule at it. A whole dash
    /// says nothing: the rule may go on through a gap, but no farther than where its next dash would have begun (a
    /// period after this one began) and shown more than a stub beside the crossing rule, whose ink is not thin. It is
    /// carried to the farthest crossing rule within that reach.
    /// </summary>
    private static int End(List<int> crossing, int at, int direction, int dash, Dashed rule, int minDash, int near, Func<int, int, bool> goesOn, Func<int, int, bool> text, Func<int, bool> stem, Func<int, bool> across)
    {
        var onIt = crossing.Where(p => Math.Abs(p - at) <= near).ToList();
        var stemAt = -1;
        if (onIt.Count > 0)
        {
            // A dash ends on the crossing rule: the rule ends there, unless the line goes on past it (the dash was only cut
            // short by the crossing rule's ink, not thin there) or the crossing rule is a stem.
            var at1 = onIt.MinBy(p => Math.Abs(p - at));
            if (stem(at1))
            {
                stemAt = at1;
            }
            else if (!goesOn(at1, direction))
            {
                return at1;
            }
        }

        var reach = Math.Max(0, rule.Period - dash) + minDash + near;
        // Nor through writing: a rule never crosses a cell's text (a header centred across columns, a label).
        var beyond = crossing
            .Where(p => (p - at) * direction >= -near && (p - at) * direction <= reach)
            .Where(p => !text(Math.Min(at, p), Math.Max(at, p)))
            .Where(p => stemAt < 0 || p == stemAt || across(p))
            .ToList();
        return beyond.Count == 0 ? -1 : beyond.MaxBy(p => (p - at) * direction);
    }

    /// <summary>
    /// True when ink that is not a thin line (a stroke of writing across the line) lies on <paramref name="rule"/>'s
    /// line at two or more positions from <paramref name="from"/> to <paramref name="to"/>, crossing rules aside.
    /// </summary>
    private static bool TextOnLine(bool[] ink, bool[] thin, int width, PixelRule rule, int from, int to, List<int> crossing, int near)
    {
        var found = 0;
        for (var p = from; p <= to && found < 2; p++)
        {
            if (crossing.Any(c => Math.Abs(c - p) <= near))
            {
                continue;
            }

            for (var l = rule.First; l <= rule.Last; l++)
            {
                var i = rule.IsHorizontal ? (l * width) + p : (p * width) + l;
                if (i >= 0 && i < ink.Length && ink[i] && !thin[i])
                {
                    found++;
                    break;
                }
            }
        }

        return found >= 2;
    }

    /// <summary>
    /// True when <paramref name="rule"/>'s line has ink at two or more of the 6 positions from <paramref name="from"/>
    /// (just past a crossing rule's ink) on, going <paramref name="direction"/>.
    /// </summary>
    private static bool GoesOnPast(bool[] ink, int width, int height, PixelRule rule, int from, int direction)
    {
        var along = rule.IsHorizontal ? width : height;
        var lines = rule.IsHorizontal ? height : width;
        var inked = 0;
        for (var off = 0; off < 6; off++)
        {
            var p = from + (direction * off);
            if (p < 0 || p >= along)
            {
                continue;
            }

            for (var l = Math.Max(0, rule.First - 1); l <= Math.Min(lines - 1, rule.Last + 1); l++)
            {
                if (ink[rule.IsHorizontal ? (l * width) + p : (p * width) + l])
                {
                    inked++;
                    break;
                }
            }
        }

        return inked >= 2;
    }

    /// <summary>
    /// Dashes on one line (centres within 2 px) chained into rules at least <paramref name="minLength"/> long. A gap is
    /// bridged when it is short (a crossing rule cut the dash) or as long as the rule's own gaps: one rule's dashes
    /// repeat at one period, so a shorter gap is where one rule stopped and another began (two tables one above the
    /// other), and a longer one (beyond <paramref name="period"/>) is no rule at all.
    /// </summary>
    private static IEnumerable<Dashed> Chain(List<PixelRule> dashes, int minLength, int period, int usual, int near)
    {
        var tolerance = Math.Max(near * 2, (period - usual) / 4);
        var used = new bool[dashes.Count];
        var ordered = dashes.OrderBy(static d => d.Start).ToList();
        for (var i = 0; i < ordered.Count; i++)
        {
            if (used[i])
            {
                continue;
            }

            used[i] = true;
            var rule = ordered[i];
            var firstDash = rule.End - rule.Start + 1;
            var lastDash = firstDash;
            var count = 1;
            long weight = firstDash;
            var sum = rule.Position * weight;
            for (var j = i + 1; j < ordered.Count; j++)
            {
                var d = ordered[j];
                var gap = d.Start - rule.End - 1;
                // A solid rule (twice the usual dash or more) is not dashed: a gap in it or beside it is a gap.
                var solid = Math.Max(d.End - d.Start + 1, lastDash) >= Math.Min(period, 2 * usual);
                if (used[j] || Math.Abs(d.Position - (sum / weight)) > 2 || gap > period || (gap > near * 2 && (solid || lastDash + gap < period - tolerance)))
                {
                    continue;
                }

                used[j] = true;
                var length = d.End - d.Start + 1;
                lastDash = d.End >= rule.End ? length : lastDash;
                sum += d.Position * length;
                weight += length;
                count++;
                rule = rule with { First = Math.Min(rule.First, d.First), Last = Math.Max(rule.Last, d.Last), End = Math.Max(rule.End, d.End) };
            }

            // One whole dash may be a short rule's only ink (a rule two rows long); its ends must still meet the grid.
            if (rule.End - rule.Start + 1 >= minLength || count > 1 || firstDash >= usual - near)
            {
                yield return new Dashed(rule with { Position = sum / weight }, firstDash, lastDash, usual, period);
            }
        }
    }

    /// <summary>A chain of dashes: its first and last dash's length, the usual dash length and the period.</summary>
    private sealed record Dashed(PixelRule Rule, int FirstDash, int LastDash, int Dash, int Period);

    /// <summary>
    /// The shortest dash of a rule (see <see cref="Close"/>), from the shortest rule <paramref name="minLength"/> (0.4 in):
    /// a quarter of the period, within 0.1–0.2 in (30 px at 150 dpi, 36 at 300 on a page turned 0.4°).
    /// </summary>
    public static int MinDash(int period, int minLength) => (int)Math.Clamp(period / 4.0, minLength / 4.0, minLength / 2.0);
}
