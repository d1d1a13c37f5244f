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

    /// <summary>Finds horizontal and vertical rules, in pixels, and erases them from <paramref name="image"/>.</summary>
    public static List<PixelRule> FindAndErase(GrayImage image, int minLength, int maxGap)
    {
        // A one-pixel rule turned or compressed by the scan comes out grey, not black: rules are looked for with a
        // threshold just below the paper, which speckle cannot chain into a long run.
        var threshold = Paper(image) - RuleContrast;
        var ink = new bool[image.Pixels.Length];
        for (var i = 0; i < ink.Length; i++)
        {
            ink[i] = image.Pixels[i] < threshold;
        }

        var rules = new List<PixelRule>();
        rules.AddRange(Find(ink, image.Width, image.Height, horizontal: true, minLength, maxGap));
        rules.AddRange(Find(ink, image.Width, image.Height, horizontal: false, minLength, maxGap));
        foreach (var rule in rules)
        {
            Erase(image, rule, threshold);
        }

        return rules;
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

    private static List<PixelRule> Find(bool[] ink, int width, int height, bool horizontal, int minLength, int maxGap)
    {
        var lines = horizontal ? height : width;
        var along = horizontal ? width : height;
        bool Ink(int line, int position)
        {
            // Dilated by one pixel either side across the rule.
            for (var d = -1; d <= 1; d++)
            {
                var l = line + d;
                if (l < 0 || l >= lines)
                {
                    continue;
                }

                if (horizontal ? ink[(l * width) + position] : ink[(position * width) + l])
                {
                    return true;
                }
            }

            return false;
        }

        // Runs per line, then runs on neighbouring lines that overlap joined into one rule.
        var open = new List<(int First, int Last, int Start, int End, long Sum, int Count)>();
        var rules = new List<PixelRule>();
        for (var line = 0; line < lines; line++)
        {
            var runs = new List<(int Start, int End)>();
            var start = -1;
            var gap = 0;
            for (var p = 0; p <= along; p++)
            {
                var on = p < along && Ink(line, p);
                if (on)
                {
                    if (start < 0)
                    {
                        start = p;
                    }

                    gap = 0;
                    continue;
                }

                if (start < 0)
                {
                    continue;
                }

                gap++;
                if (gap > maxGap || p == along)
                {
                    var end = p - gap;
                    if (end - start + 1 >= minLength)
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

    private static PixelRule ToRule((int First, int Last, int Start, int End, long Sum, int Count) o, bool horizontal) =>
        new(horizontal, (double)o.Sum / o.Count, o.First, o.Last, o.Start, o.End);

    private static void Erase(GrayImage image, PixelRule rule, int threshold)
    {
        for (var line = Math.Max(0, rule.First - 1); line <= rule.Last + 1; line++)
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
