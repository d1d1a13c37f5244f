using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Extractor.Benchmarks.Robustness;

/// <summary>
/// The ways real files reach us damaged (issue 9), as text transforms with a seeded random source so that every run
/// makes the same documents: traditional script, glyphs mapped to radicals, furniture glued on titles, HTML cut down
/// to the article body, and PDF-to-markdown shredding (stranded labels, tables split into fragments, headers dropped).
/// </summary>
internal static partial class Degradations
{
    private static readonly Lazy<Dictionary<char, char>> s_toTraditional = new(LoadToTraditional);
    private static readonly Lazy<Dictionary<char, char>> s_toRadical = new(LoadToRadical);

    /// <summary>Every simplified character the project's Unihan table knows is written in its traditional form.</summary>
    public static string Traditional(string text)
    {
        var map = s_toTraditional.Value;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(map.TryGetValue(c, out var t) ? t : c);
        }

        return sb.ToString();
    }

    /// <summary>About half of the characters that have a Kangxi radical form are written as that radical, as PDF fonts do.</summary>
    public static string Radicals(string text, Random random)
    {
        var map = s_toRadical.Value;
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(map.TryGetValue(c, out var r) && random.Next(2) == 0 ? r : c);
        }

        return sb.ToString();
    }

    /// <summary>Glues crawler furniture onto the title: the first line naming the report, wherever it is.</summary>
    public static string FurnitureOnTitle(string text)
    {
        var m = TitleEndPattern().Match(text);
        return m.Success
            ? text.Insert(m.Index + m.Length, "-青溪县档案局单位：青溪县档案局来源：http://www.qingxi.example.cn/art/2023/1/20/art_1.html采集时间：2025-12-30 10:00")
            : text;
    }

    /// <summary>Only the article body: no doctype, head, html or body tags, as CMS APIs and crawlers store it.</summary>
    public static string HtmlFragment(string html)
    {
        var s = HeadPattern().Replace(html, string.Empty);
        return DocumentTagPattern().Replace(s, string.Empty);
    }

    /// <summary>
    /// PDF-to-markdown shredding of pipe rows (`| label | 1 | 2 |`): labels stranded as loose lines before or after
    /// their numbers (sometimes split over two lines), tables broken into fragments with their own separators, and
    /// header rows dropped.
    /// </summary>
    public static string Shred(string text, Random random)
    {
        var output = new List<string>();
        foreach (var line in text.Split('\n'))
        {
            var cells = PipeCells(line);
            if (cells is null)
            {
                output.Add(line);
                continue;
            }

            if (cells.All(static c => !NumberPattern().IsMatch(c)))
            {
                // A header row: converters often lose it or break it up.
                if (random.Next(2) == 0)
                {
                    continue;
                }

                output.Add(line);
                continue;
            }

            var labelCount = cells.TakeWhile(c => !NumberPattern().IsMatch(c) && c.Length > 0).Count();
            var label = string.Concat(cells.Take(labelCount));
            var values = cells.Skip(labelCount).ToList();
            if (labelCount > 0 && label.Length > 1 && random.Next(3) == 0)
            {
                var bare = "| " + string.Join(" | ", values) + " |";
                var cut = random.Next(2) == 0 && label.Length > 6 ? label.Length / 2 : label.Length;
                var loose = cut < label.Length ? new[] { "", label[..cut], label[cut..], "" } : new[] { "", label, "" };
                if (random.Next(2) == 0)
                {
                    output.AddRange(loose);
                    output.Add(bare);
                }
                else
                {
                    output.Add(bare);
                    output.AddRange(loose);
                }
            }
            else
            {
                output.Add(line);
            }

            if (random.Next(3) == 0)
            {
                // The table breaks here: the next rows come as a fragment with a separator of their own.
                output.Add(string.Empty);
                output.Add("|" + string.Concat(Enumerable.Repeat("---|", Math.Max(1, cells.Count))));
            }
        }

        return string.Join('\n', output);
    }

    private static List<string>? PipeCells(string line)
    {
        var t = line.Trim();
        if (!t.StartsWith('|') || !t.EndsWith('|') || t.Count(static c => c == '|') < 3 || t.Contains("---", StringComparison.Ordinal))
        {
            return null;
        }

        return [.. t[1..^1].Split('|').Select(static c => c.Trim())];
    }

    private static Dictionary<char, char> LoadToTraditional()
    {
        var map = new Dictionary<char, char>();
        foreach (var line in File.ReadLines(RepositoryFile("src", "Extractor.Core", "Text", "t2s.txt")))
        {
            var parts = line.Split('\t');
            if (line.StartsWith('#') || parts.Length != 2 || parts[0].Length != 1 || parts[1].Length != 1)
            {
                continue;
            }

            // The first traditional form listed for a simplified character; deterministic by file order.
            map.TryAdd(parts[1][0], parts[0][0]);
        }

        return map;
    }

    private static Dictionary<char, char> LoadToRadical()
    {
        var map = new Dictionary<char, char>();
        for (var c = '\u2F00'; c <= '\u2FD5'; c++)
        {
            var unified = c.ToString().Normalize(NormalizationForm.FormKC);
            if (unified.Length == 1)
            {
                map.TryAdd(unified[0], c);
            }
        }

        // Two of the supplement's forms that PDF fonts are known to use.
        map['民'] = '⺠';
        map['见'] = '⻅';
        return map;
    }

    /// <summary>A file of the repository (the folder holding Extractor.sln).</summary>
    public static string RepositoryFile(params string[] parts)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
            {
                return Path.Combine([dir.FullName, .. parts]);
            }
        }

        throw new InvalidOperationException("Extractor.sln not found: run from inside the repository.");
    }

    [GeneratedRegex(@"(?:年度报告|年报)(?=\s*(?:\r?\n|</|$))")]
    private static partial Regex TitleEndPattern();

    [GeneratedRegex(@"(?is)<!doctype[^>]*>|<head\b.*?</head>")]
    private static partial Regex HeadPattern();

    [GeneratedRegex(@"(?i)</?(?:html|body)\b[^>]*>")]
    private static partial Regex DocumentTagPattern();

    [GeneratedRegex(@"^[-+]?[\d,，]+(?:\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    /// <summary>Invariant number text, for names.</summary>
    public static string N(int n) => n.ToString(CultureInfo.InvariantCulture);
}
