namespace Extractor.Pdf.Ocr;

/// <summary>
/// Finds the ruling lines of a scanned table on the pixels (a morphological opening by a long line, done as runs):
/// a rule is a run of dark pixels much longer than any stroke of a character. Runs are taken on the image dilated by
/// a pixel or two across the line, so a rule left a little slanted by the scan, or broken by noise, stays one rule.
/// The rules are then erased, so the OCR engine reads the cells without taking the rules for 1, l or |.
/// </summary>
internal static class ImageRuleFinder
{
    /// <summary>Grey level below which a pixel is ink.</summary>
    public const int InkThreshold = 150;

    /// <summary>How much darker than the paper a pixel must be to count towards a rule.</summary>
    public const int RuleContrast = 65;

    /// <summary>
    /// Finds horizontal and vertical rules, in pixels, and erases them from <paramref name="image"/>. With
    /// <paramref name="dashGap"/> above 0 (a black-and-white scan), rules broken into dashes are closed too (see
    /// <see cref="CloseDashes"/>).
    /// </summary>
    /// <remarks>
    /// With <paramref name="dashPeriod"/> above 0 (a black-and-white scan turned straight, see <see cref="FaxDashes"/>),
    /// dashed rules are closed by <see cref="FaxDashes.Close"/> instead, over gaps up to that period.
    /// </remarks>
    public static List<PixelRule> FindAndErase(GrayImage image, int minLength, int maxGap, int dashGap = 0, int dashPeriod = 0)
    {
        // A seal stroke, a punch hole or a fold wipes a stretch of a rule out; a table has no cell that narrow.
        var bridge = minLength * 5 / 8;
        // A one-pixel rule turned or compressed by the scan comes out grey, not black: rules are looked for with a
        // threshold just below the paper, which speckle cannot chain into a long run.
        var threshold = Paper(image) - RuleContrast;
        var ink = new bool[image.Pixels.Length];
        for (var i = 0; i < ink.Length; i++)
        {
            ink[i] = image.Pixels[i] < threshold;
        }

        // Seal ink dropped out is no ink, but a rule may run on across it (a seal stroke covered that stretch).
        var seal = image.Dropped is { } dropped ? Array.ConvertAll(dropped.Pixels, static p => p < 128) : null;
        var rules = new List<PixelRule>();
        rules.AddRange(Bridge(Find(ink, image.Width, image.Height, horizontal: true, minLength, maxGap, seal), bridge));
        rules.AddRange(Bridge(Find(ink, image.Width, image.Height, horizontal: false, minLength, maxGap, seal), bridge));
        if (dashPeriod > 0)
        {
            rules = FaxDashes.Close(ink, image.Width, image.Height, rules, minLength, maxGap, dashPeriod, FaxDashes.MinDash(dashPeriod, minLength));
        }
        else if (dashGap > 0)
        {
            rules.AddRange(CloseDashes(ink, image.Width, image.Height, rules, horizontal: true, minLength, maxGap, dashGap));
            rules.AddRange(CloseDashes(ink, image.Width, image.Height, rules, horizontal: false, minLength, maxGap, dashGap));
        }

        // Twice: a rule carried on in the first round may be the one another rule's end must reach.
        var faint = Paper(image) - (RuleContrast / 2);
        var carried = new HashSet<PixelRule>();
        for (var round = 0; round < 2; round++)
        {
            rules = ExtendEnds(image, rules, threshold, faint, minLength, Math.Max(3, maxGap + 2), carried);
        }

        foreach (var rule in rules)
        {
            // A carried stretch is a faint line: it is erased down to the faint level, or the engine reads it as 1 or |.
            // A dashed rule of a black-and-white page turned straight is erased a pixel wider, down to a trace of grey:
            // the turn left its dashes with pale edges, which the cell pass read as a 1 beside a figure (9 as 19).
            if (dashPeriod > 0)
            {
                Erase(image, rule, faint + (RuleContrast / 2) - 12, widen: 2);
                continue;
            }

            Erase(image, rule, carried.Contains(rule) ? faint : threshold);
        }

        return rules;
    }

    /// <summary>
    /// Carries a rule's end on to the crossing rule just beyond it (within <paramref name="reach"/>) where the stretch
    /// between is a thin faint line. A page turned straight greys a one-pixel rule where it stepped a pixel, so a run
    /// stops short of the grid's corner (county skew 150: 44–56 px short on six of 30 rules) and the last cell of a row
    /// or column merges with its neighbour. The stretch must be ink at the faint level on ≥ 4/5 of it and paper
    /// <paramref name="clear"/> px off the line on both sides on ≥ 4/5 of it, so a cell that really has no rule there
    /// (a merged label cell: paper) or a line of text (ink beside the line) is never closed.
    /// </summary>
    private static List<PixelRule> ExtendEnds(GrayImage image, List<PixelRule> rules, int threshold, int faint, int reach, int clear, HashSet<PixelRule> carried)
    {
        var result = new List<PixelRule>(rules.Count);
        foreach (var rule in rules)
        {
            var crossing = rules.Where(c => c.IsHorizontal != rule.IsHorizontal && c.Start - reach <= rule.Position && c.End + reach >= rule.Position).ToList();
            var start = crossing
                .Where(c => c.Position < rule.Start - 2 && rule.Start - c.Position <= reach)
                .Where(c => ThinFaintLine(image, rule, (int)Math.Round(c.Position) + c.Last - c.First + 2, rule.Start - 1, threshold, faint, clear))
                .Select(static c => (int)Math.Round(c.Position))
                .DefaultIfEmpty(rule.Start)
                .Max();
            var end = crossing
                .Where(c => c.Position > rule.End + 2 && c.Position - rule.End <= reach)
                .Where(c => ThinFaintLine(image, rule, rule.End + 1, (int)Math.Round(c.Position) - (c.Last - c.First) - 2, threshold, faint, clear))
                .Select(static c => (int)Math.Round(c.Position))
                .DefaultIfEmpty(rule.End)
                .Min();
            if (start == rule.Start && end == rule.End)
            {
                result.Add(rule);
                continue;
            }

            var longer = rule with { Start = start, End = end };
            carried.Add(longer);
            result.Add(longer);
        }

        return result;
    }

    /// <summary>True when positions <paramref name="from"/>…<paramref name="to"/> along <paramref name="rule"/>'s line are mostly faint ink with paper beside.</summary>
    private static bool ThinFaintLine(GrayImage image, PixelRule rule, int from, int to, int threshold, int faint, int clear)
    {
        if (to < from)
        {
            return true;
        }

        var lines = rule.IsHorizontal ? image.Height : image.Width;
        int At(int line, int p) => rule.IsHorizontal ? image[p, line] : image[line, p];
        int inked = 0, beside = 0;
        for (var p = from; p <= to; p++)
        {
            var any = false;
            for (var line = Math.Max(0, rule.First - 1); line <= Math.Min(lines - 1, rule.Last + 1) && !any; line++)
            {
                any = At(line, p) < faint;
            }

            inked += any ? 1 : 0;
            var before = rule.First - clear;
            var after = rule.Last + clear;
            beside += before >= 0 && after < lines && At(before, p) >= threshold && At(after, p) >= threshold ? 1 : 0;
        }

        var length = to - from + 1;
        return inked * 5 >= length * 4 && beside * 5 >= length * 4;
    }

    /// <summary>The paper's grey level: the median pixel, as most of a page is paper.</summary>
    public static int Paper(GrayImage image)
    {
        var histogram = new int[256];
        foreach (var p in image.Pixels)
        {
            histogram[p]++;
        }

        var half = image.Pixels.Length / 2;
        var seen = 0;
        for (var level = 0; level < 256; level++)
        {
            seen += histogram[level];
            if (seen >= half)
            {
                return level;
            }
        }

        return 255;
    }

    internal static List<PixelRule> Find(bool[] ink, int width, int height, bool horizontal, int minLength, int maxGap, bool[]? seal = null)
    {
        var lines = horizontal ? height : width;
        var along = horizontal ? width : height;
        bool Any(bool[] mask, int line, int position)
        {
            // Dilated by one pixel either side across the rule.
            for (var d = -1; d <= 1; d++)
            {
                var l = line + d;
                if (l < 0 || l >= lines)
                {
                    continue;
                }

                if (horizontal ? mask[(l * width) + position] : mask[(position * width) + l])
                {
                    return true;
                }
            }

            return false;
        }

        bool Ink(int line, int position) => Any(ink, line, position);

        // Runs per line, then runs on neighbouring lines that overlap joined into one rule.
        var open = new List<(int First, int Last, int Start, int End, long Sum, int Count)>();
        var rules = new List<PixelRule>();
        for (var line = 0; line < lines; line++)
        {
            var runs = new List<(int Start, int End)>();
            var start = -1;
            var gap = 0;
            var covered = 0;
            var last = -1;
            var inked = 0;
            var crossed = false;
            for (var p = 0; p <= along; p++)
            {
                var on = p < along && Ink(line, p);
                if (on)
                {
                    if (start < 0)
                    {
                        start = p;
                        inked = 0;
                        crossed = false;
                    }

                    gap = 0;
                    covered = 0;
                    last = p;
                    inked++;
                    continue;
                }

                if (start < 0)
                {
                    continue;
                }

                // Under a seal the run goes on, for at most a rule's minimum length (a ring's stroke, not a filled seal).
                if (seal is not null && p < along && covered < minLength && Any(seal, line, p))
                {
                    covered++;
                    gap = 0;
                    crossed = true;
                    continue;
                }

                gap++;
                if (gap > maxGap || p == along)
                {
                    // Carried across a seal, a run must still be mostly ink: a ring's dark rim along a line is not a rule.
                    var end = last;
                    if (end - start + 1 >= minLength && (!crossed || (inked >= minLength && inked * 4 >= (end - start + 1) * 3)))
                    {
                        runs.Add((start, end));
                    }

                    start = -1;
                    gap = 0;
                }
            }

            var next = new List<(int First, int Last, int Start, int End, long Sum, int Count)>();
            var used = new bool[open.Count];
            foreach (var run in runs)
            {
                var joined = false;
                for (var i = 0; i < open.Count; i++)
                {
                    var o = open[i];
                    if (!used[i] && o.Last == line - 1 && run.Start <= o.End && run.End >= o.Start)
                    {
                        used[i] = true;
                        next.Add((o.First, line, Math.Min(o.Start, run.Start), Math.Max(o.End, run.End), o.Sum + line, o.Count + 1));
                        joined = true;
                        break;
                    }
                }

                if (!joined)
                {
                    next.Add((line, line, run.Start, run.End, line, 1));
                }
            }

            for (var i = 0; i < open.Count; i++)
            {
                if (!used[i])
                {
                    rules.Add(ToRule(open[i], horizontal));
                }
            }

            open = next;
        }

        rules.AddRange(open.Select(o => ToRule(o, horizontal)));

        // A filled block (a photo, a black bar) is not a rule.
        return rules.Where(r => r.Last - r.First < Math.Max(8, minLength / 4)).ToList();
    }

    /// <summary>
    /// Joins rules on one line (within 2 pixels across) whose ends are at most <paramref name="bridge"/> apart: both
    /// pieces are long enough to be rules on their own, so the stretch between them is a rule wiped out, not a cell.
    /// </summary>
    private static List<PixelRule> Bridge(List<PixelRule> rules, int bridge)
    {
        var joined = new List<PixelRule>();
        foreach (var rule in rules.OrderBy(static r => r.Start))
        {
            var at = joined.FindIndex(j => Math.Abs(j.Position - rule.Position) <= 2 && rule.Start - j.End <= bridge);
            if (at < 0)
            {
                joined.Add(rule);
                continue;
            }

            var j = joined[at];
            joined[at] = j with
            {
                Position = ((j.Position * (j.End - j.Start + 1)) + (rule.Position * (rule.End - rule.Start + 1))) / (j.End - j.Start + 1 + rule.End - rule.Start + 1),
                First = Math.Min(j.First, rule.First),
                Last = Math.Max(j.Last, rule.Last),
                End = Math.Max(j.End, rule.End),
            };
        }

        return joined;
    }

    /// <summary>
    /// A black-and-white scan of a one-pixel rule turned a little keeps only the stretches where the rule fell on one
    /// pixel row: dashes some 60 px long with 85 px gaps at 300 dpi. They are closed (a morphological closing along the
    /// rule, over gaps up to <paramref name="dashGap"/>) on the thin ink only, the pixels with paper a few pixels away
    /// on both sides across, so that a line of text, thick across, is never closed into a rule. A closed rule must be
    /// at least a third ink and reach a rule across it at each end (within the gap; it is extended to meet it), as the
    /// rules of a table do: strokes of characters lined up by chance in a row do not end on the grid.
    /// </summary>
    private static List<PixelRule> CloseDashes(bool[] ink, int width, int height, List<PixelRule> found, bool horizontal, int minLength, int maxGap, int dashGap)
    {
        var clear = Math.Max(2, maxGap + 1);
        var thin = Thin(ink, width, height, horizontal, clear);

        var crossing = found.Where(r => r.IsHorizontal != horizontal).ToList();
        var same = found.Where(r => r.IsHorizontal == horizontal).ToList();
        var closed = new List<PixelRule>();
        foreach (var rule in Find(thin, width, height, horizontal, minLength, dashGap))
        {
            // Already a rule (the closing found one the plain search had): nothing to add.
            if (same.Any(r => Math.Abs(r.Position - rule.Position) <= 3 && r.Start <= rule.End && r.End >= rule.Start))
            {
                continue;
            }

            var covered = 0;
            for (var p = rule.Start; p <= rule.End; p++)
            {
                for (var l = rule.First; l <= rule.Last; l++)
                {
                    if (thin[horizontal ? (l * width) + p : (p * width) + l])
                    {
                        covered++;
                        break;
                    }
                }
            }

            if (covered * 3 < rule.End - rule.Start + 1 || !ClearBeside(ink, thin, width, rule, crossing, clear))
            {
                continue;
            }

            bool Meets(PixelRule c, int end) =>
                Math.Abs(c.Position - end) <= dashGap && c.Start - dashGap <= rule.Position && c.End + dashGap >= rule.Position;
            var before = crossing.Where(c => Meets(c, rule.Start)).Select(static c => (int)Math.Round(c.Position)).DefaultIfEmpty(-1).Min();
            var after = crossing.Where(c => Meets(c, rule.End)).Select(static c => (int)Math.Round(c.Position)).DefaultIfEmpty(-1).Max();
            if (before < 0 || after < 0 || after - before < minLength)
            {
                continue;
            }

            closed.Add(rule with { Start = Math.Min(before, rule.Start), End = Math.Max(after, rule.End) });
        }

        return closed;
    }

    /// <summary>The ink pixels with paper <paramref name="clear"/> px off them on both sides across the line (thin ink).</summary>
    internal static bool[] Thin(bool[] ink, int width, int height, bool horizontal, int clear)
    {
        var across = horizontal ? width : 1;
        var lines = horizontal ? height : width;
        var thin = new bool[ink.Length];
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var i = (y * width) + x;
                var line = horizontal ? y : x;
                thin[i] = ink[i]
                    && line - clear >= 0 && !ink[i - (clear * across)]
                    && line + clear < lines && !ink[i + (clear * across)];
            }
        }

        return thin;
    }

    /// <summary>
    /// True when, wherever <paramref name="rule"/> has ink, that ink is one thin line with paper a few pixels off it on
    /// both sides (crossing rules aside). A closed rule must run through paper: a column of figures or characters lines
    /// up thin strokes too, but they have serifs, bowls and neighbours beside them, or a second stroke (the other side
    /// of a 0) within the band. The line is followed where it is, so a rule left a little turned still passes.
    /// </summary>
    internal static bool ClearBeside(bool[] ink, bool[] thin, int width, PixelRule rule, List<PixelRule> crossing, int clear)
    {
        var lines = rule.IsHorizontal ? ink.Length / width : width;
        bool At(bool[] mask, int line, int p) => line >= 0 && line < lines && (rule.IsHorizontal ? mask[(line * width) + p] : mask[(p * width) + line]);
        var dark = 0;
        var (line0, line1) = (-1, -1);
        for (var p = rule.Start; p <= rule.End; p++)
        {
            if (crossing.Any(c => p >= c.First - 4 && p <= c.Last + 4))
            {
                continue;
            }

            var from = rule.First;
            while (from <= rule.Last && !At(thin, from, p))
            {
                from++;
            }

            if (from > rule.Last)
            {
                // A gap between dashes is paper all across, where the line was: a 0's bowl or a 1's foot is not.
                if (line0 >= 0)
                {
                    for (var line = line0 - clear - 2; line <= line1 + clear + 2; line++)
                    {
                        dark += At(ink, line, p) ? 1 : 0;
                    }
                }

                continue;
            }

            var to = from;
            while (to < rule.Last && At(thin, to + 1, p))
            {
                to++;
            }

            (line0, line1) = (from, to);
            if (to - from > 2)
            {
                dark++;
            }

            for (var line = to + 2; line <= rule.Last; line++)
            {
                if (At(thin, line, p))
                {
                    dark++;
                    break;
                }
            }

            for (var off = 2; off <= clear + 2; off++)
            {
                dark += (At(ink, from - off, p) ? 1 : 0) + (At(ink, to + off, p) ? 1 : 0);
            }
        }

        return dark * 20 <= rule.End - rule.Start + 1;
    }

    private static PixelRule ToRule((int First, int Last, int Start, int End, long Sum, int Count) o, bool horizontal) =>
        new(horizontal, (double)o.Sum / o.Count, o.First, o.Last, o.Start, o.End);

    private static void Erase(GrayImage image, PixelRule rule, int threshold, int widen = 1)
    {
        for (var line = Math.Max(0, rule.First - widen); line <= rule.Last + widen; line++)
        {
            for (var p = rule.Start; p <= rule.End; p++)
            {
                var (x, y) = rule.IsHorizontal ? (p, line) : (line, p);
                if (x < image.Width && y < image.Height && image[x, y] < threshold)
                {
                    image[x, y] = 255;
                }
            }
        }
    }
}
