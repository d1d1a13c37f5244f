using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Extractor.Benchmarks;

/// <summary>
/// The figures of the performance goals, whole process and side by side in one run:
/// 500 HTML pages through `parse --json` against a Python lxml loop that only parses them, 60 PDFs against a
/// `pdftotext -layout` loop, one small report (start-up) against lxml on that one file, each for the NativeAOT build that
/// ships for batch use and for the ReadyToRun build, and the peak memory of dataset writing at 1k, 10k (and with `--full` 100k) reports.
/// Inputs are made in a temporary folder from the fixtures and, when the shared corpus is there (EXTRACTOR_SHARED or
/// ../shared), its HTML page 017 and its PDFs; nothing is kept. With `--rounds N` each comparison runs N interleaved
/// rounds (ours, anchor, ours, anchor …) and shows medians, then every run's CPU seconds: on a busy machine one run
/// says little. Run: `dotnet run -c Release --project tests/Extractor.Benchmarks -- figures [--full] [--rounds 5]`.
/// </summary>
internal static partial class FiguresRun
{
    public static async Task<int> RunAsync(bool full, int rounds = 1)
    {
        var root = Path.GetDirectoryName(BenchmarkInputs.Fixture())!;
        var shared = Environment.GetEnvironmentVariable("EXTRACTOR_SHARED") is { Length: > 0 } s && Directory.Exists(s) ? s : Path.GetFullPath(Path.Combine(root, "..", "shared"));
        var corpus = Path.Combine(shared, "corpus");
        var work = Directory.CreateTempSubdirectory("extractor-figures-").FullName;
        try
        {
            // The shipped batch build (NativeAOT) and, for comparison, the ReadyToRun build it replaced; the AOT one is
            // skipped with a note where it cannot be published (no clang/lld).
            var extractors = new List<(string Name, string Path)>();
            foreach (var (name, arguments) in s_publishModes)
            {
                var built = await BuildExtractorAsync(root, Path.Combine(work, name), arguments);
                if (built is not null)
                {
                    extractors.Add((name, built));
                }
            }

            var html = Directory.CreateDirectory(Path.Combine(work, "html")).FullName;
            var page = Directory.Exists(corpus) ? Directory.GetFiles(corpus, "017_*.html").FirstOrDefault() : null;
            page ??= BenchmarkInputs.Fixture("html", "2021-word-utf8.html");
            var fragment = ArticleBody(File.ReadAllText(BenchmarkInputs.Fixture("html", "2021-word-utf8.html")));
            for (var i = 0; i < 250; i++)
            {
                File.Copy(page, Path.Combine(html, $"p{i:000}.html"));
                await File.WriteAllTextAsync(Path.Combine(html, $"f{i:000}.html"), fragment);
            }

            var pdf = Directory.CreateDirectory(Path.Combine(work, "pdf")).FullName;
            var pdfs = Directory.Exists(corpus) ? Directory.GetFiles(corpus, "*.pdf").Order(StringComparer.Ordinal).ToArray() : [];
            if (pdfs.Length == 0)
            {
                pdfs = [BenchmarkInputs.Fixture("pdf", "county-2021.pdf"), BenchmarkInputs.Fixture("pdf", "bureau-2019.pdf")];
            }

            for (var i = 0; i < 60; i++)
            {
                File.Copy(pdfs[i % pdfs.Length], Path.Combine(pdf, $"d{i:00}.pdf"));
            }

            var single = Path.Combine(Directory.CreateDirectory(Path.Combine(work, "one")).FullName, "one.html");
            File.Copy(BenchmarkInputs.Fixture("html", "2021-article-body-fragment.html"), single);
            Console.WriteLine($"inputs: 500 HTML pages ({Path.GetFileName(page)} ×250 + article-body fragment ×250), 60 PDFs ({string.Join(", ", pdfs.Select(Path.GetFileName))}); {Environment.ProcessorCount} cores; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
            Console.WriteLine("figure | ours wall s | ours CPU s | anchor wall s | anchor CPU s | wall ratio | CPU ratio | peak MB | ours' collections (EXTRACTOR_GC_REPORT)");
            var lxml = "import sys,os,lxml.html\nd=sys.argv[1]\nfor n in sorted(os.listdir(d)):\n    lxml.html.fromstring(open(os.path.join(d,n),'rb').read())";
            var log = Path.Combine(work, "stderr.txt");
            foreach (var (name, extractor) in extractors)
            {
                await CompareAsync($"500 HTML [{name}]: parse --json vs lxml", $"EXTRACTOR_GC_REPORT=1 '{extractor}' parse --json '{html}' > /dev/null 2> '{log}'", $"/usr/bin/python3 -c \"{lxml}\" '{html}'", log, rounds);
                await CompareAsync($"60 PDF [{name}]: parse --json vs pdftotext -layout", $"EXTRACTOR_GC_REPORT=1 '{extractor}' parse --json '{pdf}' > /dev/null 2> '{log}'", $"for f in '{pdf}'/*.pdf; do pdftotext -layout \"$f\" - > /dev/null; done", log, rounds);
                await CompareAsync($"1 HTML report [{name}]: parse --json vs lxml", $"EXTRACTOR_GC_REPORT=1 '{extractor}' parse --json '{single}' > /dev/null 2> '{log}'", $"/usr/bin/python3 -c \"{lxml}\" '{Path.GetDirectoryName(single)}'", log, rounds);
            }

            foreach (var count in full ? new[] { 1_000, 10_000, 100_000 } : [1_000, 10_000])
            {
                var self = Environment.ProcessPath!;
                var run = await TimeAsync($"'{self}' datasets {count} > /dev/null");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"datasets {count} reports | {run.Wall:0.0} | {run.Cpu:0.0} | | | | | {run.PeakMb:0}"));
            }

            return 0;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    private static async Task CompareAsync(string name, string ours, string anchor, string log, int rounds)
    {
        var a = new List<(double Wall, double Cpu, double PeakMb)>();
        var b = new List<(double Wall, double Cpu, double PeakMb)>();
        string? collections = null;
        for (var round = 0; round < rounds; round++)
        {
            a.Add(await TimeAsync(ours));
            collections = File.Exists(log) ? File.ReadLines(log).LastOrDefault(static l => l.StartsWith("extractor: gc ", StringComparison.Ordinal))?["extractor: gc ".Length..] : null;
            b.Add(await TimeAsync(anchor));
        }

        double Median(List<(double Wall, double Cpu, double PeakMb)> runs, Func<(double Wall, double Cpu, double PeakMb), double> of)
        {
            var sorted = runs.Select(of).Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }

        var (aWall, aCpu, bWall, bCpu) = (Median(a, static r => r.Wall), Median(a, static r => r.Cpu), Median(b, static r => r.Wall), Median(b, static r => r.Cpu));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{name} | {aWall:0.00} | {aCpu:0.00} | {bWall:0.00} | {bCpu:0.00} | {aWall / bWall:0.00}× | {aCpu / bCpu:0.00}× | {Median(a, static r => r.PeakMb):0} | {collections ?? "?"}"));
        if (rounds > 1)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  medians of {rounds} interleaved rounds; CPU s ours {string.Join(" ", a.Select(static r => r.Cpu.ToString("0.00", CultureInfo.InvariantCulture)))}, anchor {string.Join(" ", b.Select(static r => r.Cpu.ToString("0.00", CultureInfo.InvariantCulture)))}"));
        }
    }

    /// <summary>Runs a shell command under /usr/bin/time: wall seconds, CPU seconds (user + system), peak RSS.</summary>
    private static async Task<(double Wall, double Cpu, double PeakMb)> TimeAsync(string command)
    {
        var report = Path.GetTempFileName();
        try
        {
            using var process = Process.Start(new ProcessStartInfo("/usr/bin/time", ["-f", "%e %U %S %M", "-o", report, "bash", "-c", command]) { UseShellExecute = false })!;
            await process.WaitForExitAsync();
            var parts = (await File.ReadAllLinesAsync(report)).Last().Split(' ');
            var d = parts.Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
            return (d[0], d[1] + d[2], d[3] / 1024);
        }
        finally
        {
            File.Delete(report);
        }
    }

    /// <summary>
    /// How the extractor is published, as the README documents: NativeAOT for batch use (no JIT: 500 HTML pages about
    /// −30 % CPU, one report 0.28 → 0.02 s) and ReadyToRun, what `dotnet publish -r RID` gives without the opt-in.
    /// </summary>
    private static readonly (string Name, string[] Arguments)[] s_publishModes =
    [
        ("NativeAOT", ["-p:ExtractorNativeAot=true"]),
        ("ReadyToRun", ["--self-contained", "false"]),
    ];

    /// <summary>
    /// Publishes the extractor for the machine's runtime into <paramref name="output"/> and prints how long that took and
    /// how big it is; null (with a note) when the publish fails, e.g. NativeAOT without clang and lld.
    /// </summary>
    private static async Task<string?> BuildExtractorAsync(string root, string output, string[] arguments)
    {
        var name = Path.GetFileName(output);
        var clock = Stopwatch.StartNew();
        using var build = Process.Start(new ProcessStartInfo(
            "dotnet",
            ["publish", Path.Combine(root, "src", "Extractor.Worker"), "-c", "Release", "-r", RuntimeInformation.RuntimeIdentifier, .. arguments, "-o", output, "-v", "q", "-nologo"])
        { UseShellExecute = false, RedirectStandardOutput = true })!;
        var text = await build.StandardOutput.ReadToEndAsync();
        await build.WaitForExitAsync();
        var exe = Path.Combine(output, "extractor");
        if (build.ExitCode != 0 || !File.Exists(exe))
        {
            Console.WriteLine($"publish {name}: failed (exit {build.ExitCode}), not measured; NativeAOT needs clang and lld. {text.Trim().Split('\n').LastOrDefault()}");
            return name == "ReadyToRun" ? throw new InvalidOperationException($"publishing src/Extractor.Worker failed (exit {build.ExitCode})") : null;
        }

        // What a user installs: the folder, less the separate debug symbols NativeAOT writes beside the binary.
        var bytes = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Where(static f => !f.EndsWith(".dbg", StringComparison.Ordinal)).Sum(static f => new FileInfo(f).Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"publish {name}: {clock.Elapsed.TotalSeconds:0} s, {bytes / 1048576.0:0} MB"));
        return exe;
    }

    /// <summary>The body of a page without the page around it: what a CMS serves as an article fragment.</summary>
    private static string ArticleBody(string page)
    {
        var body = Body().Match(page);
        return "<div class=\"article-body\">\n" + (body.Success ? body.Groups[1].Value : page) + "\n</div>\n";
    }

    [GeneratedRegex("<body[^>]*>(.*)</body>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Body();
}
