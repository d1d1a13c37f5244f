using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Extractor.Pdf.Ocr;

/// <summary>
/// Tesseract through its command line with TSV output (one row per word: box and confidence). See the README for why
/// the command rather than a .NET binding. Each run is limited to one OpenMP thread: pages run in parallel instead.
/// </summary>
internal static class TesseractEngine
{
    private static readonly ConcurrentDictionary<(string, string), bool> s_available = new();
    private static readonly Dictionary<string, string> s_environment = new() { ["OMP_THREAD_LIMIT"] = "1" };

    /// <summary>Whether the command runs and has the language model; asked once per process.</summary>
    public static bool IsAvailable(OcrOptions options) => HasLanguage(options, options.Language);

    /// <summary>Whether the command runs and has <paramref name="language"/>; asked once per process and language.</summary>
    public static bool HasLanguage(OcrOptions options, string language) =>
        s_available.GetOrAdd((options.Tesseract, language), key =>
        {
            var result = ToolRunner.Run(key.Item1, ["--list-langs"], options.Timeout, s_environment);
            if (result is null || result.ExitCode != 0)
            {
                return false;
            }

            var text = Encoding.UTF8.GetString(result.Output) + "\n" + result.Error;
            return text.Split('\n').Any(l => l.Trim() == key.Item2);
        });

    /// <summary>Reads the words of one image file; null with <paramref name="error"/> when Tesseract failed on it.</summary>
    public static List<OcrWord>? Recognize(string imagePath, OcrOptions options, string pageSegmentation, out string? error, string? whitelist = null, string? language = null)
    {
        var arguments = Arguments(imagePath, language ?? options.Language, pageSegmentation, whitelist);

        // Keeps the gaps between numbers in a table row as word breaks.
        arguments.AddRange(["-c", "preserve_interword_spaces=1", "tsv"]);
        var result = ToolRunner.Run(options.Tesseract, arguments, options.Timeout, s_environment, options.Stop);
        if (result is null || result.ExitCode != 0)
        {
            error = result is null ? "tesseract could not be started" : $"tesseract failed ({result.ExitCode}): {result.Error.Trim()}";
            return null;
        }

        error = null;
        return ParseTsv(Encoding.UTF8.GetString(result.Output));
    }

    /// <summary>
    /// Reads each of <paramref name="imagePaths"/> as a page of its own in one run (Tesseract takes a text file listing
    /// images), so the model is loaded once for many small images; the words of each image, in order, or null when
    /// Tesseract failed.
    /// </summary>
    public static List<List<OcrWord>>? RecognizeEach(IReadOnlyList<string> imagePaths, OcrOptions options, string folder, string pageSegmentation, string? whitelist, string language)
    {
        var list = Path.Combine(folder, "images-" + language + ".txt");
        File.WriteAllLines(list, imagePaths);
        var arguments = Arguments(list, language, pageSegmentation, whitelist);
        arguments.Add("tsv");
        var result = ToolRunner.Run(options.Tesseract, arguments, options.Timeout, s_environment, options.Stop);
        if (result is null || result.ExitCode != 0)
        {
            return null;
        }

        var pages = Enumerable.Range(0, imagePaths.Count).Select(static _ => new List<OcrWord>()).ToList();
        var tsv = Encoding.UTF8.GetString(result.Output);
        foreach (var line in tsv.Split('\n'))
        {
            var f = line.Split('\t');
            if (f.Length >= 12 && f[0] == "5" && int.TryParse(f[1], NumberStyles.Integer, CultureInfo.InvariantCulture, out var page) && page >= 1 && page <= pages.Count)
            {
                pages[page - 1].AddRange(ParseTsv(line));
            }
        }

        return pages;
    }

    /// <summary>The command line both readings start with: input, output to stdout, model, page segmentation, allowed characters.</summary>
    private static List<string> Arguments(string input, string language, string pageSegmentation, string? whitelist)
    {
        var arguments = new List<string> { input, "stdout", "-l", language, "--psm", pageSegmentation };
        if (whitelist is not null)
        {
            arguments.AddRange(["-c", "tessedit_char_whitelist=" + whitelist]);
        }

        return arguments;
    }

    /// <summary>Parses Tesseract's TSV: level, page, block, paragraph, line, word, left, top, width, height, conf, text.</summary>
    public static List<OcrWord> ParseTsv(string tsv)
    {
        var words = new List<OcrWord>();
        foreach (var line in tsv.Split('\n'))
        {
            var f = line.TrimEnd('\r').Split('\t');
            if (f.Length < 12 || f[0] != "5")
            {
                continue;
            }

            var text = f[11].Trim();
            if (text.Length == 0
                || !int.TryParse(f[6], NumberStyles.Integer, CultureInfo.InvariantCulture, out var left)
                || !int.TryParse(f[7], NumberStyles.Integer, CultureInfo.InvariantCulture, out var top)
                || !int.TryParse(f[8], NumberStyles.Integer, CultureInfo.InvariantCulture, out var width)
                || !int.TryParse(f[9], NumberStyles.Integer, CultureInfo.InvariantCulture, out var height)
                || !double.TryParse(f[10], NumberStyles.Float, CultureInfo.InvariantCulture, out var confidence))
            {
                continue;
            }

            var lineId = (Number(f[2]) * 1_000_000) + (Number(f[3]) * 1_000) + Number(f[4]);
            words.Add(new OcrWord(text, left, top, width, height, Math.Clamp(confidence, 0, 100), lineId));
        }

        return words;
    }

    private static int Number(string field) => int.TryParse(field, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? Math.Clamp(n, 0, 999) : 0;
}
