using System.Diagnostics;
using System.Globalization;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Worker.Cli;

namespace Extractor.Benchmarks;

/// <summary>
/// OCR accuracy on scans made from the PDF fixtures: each source rendered at 150 and 300 dpi in every variant of
/// fixtures/scan/make-scan-fixtures.sh (clean, skew + noise, JPEG, red seal, black-and-white, the seal and black-and-white
/// without their rotation, blurred), read, and held cell by cell to
/// the born-digital PDF. Prints cells right, missing, wrong (and wrong without a diagnostic), check failures and
/// seconds per page. Needs tesseract-ocr-chi-sim, poppler-utils, imagemagick and img2pdf.
/// Run: `dotnet run -c Release --project tests/Extractor.Benchmarks -- scans [NAME-PART…]` (e.g. `clean.150`: only the
/// scans whose name contains a part). `EXTRACTOR_SCANS_DIR` keeps the generated scans there for the next run;
/// `EXTRACTOR_SCANS_VERBOSE=1` prints every cell not right with what was read and the diagnostic.
/// </summary>
internal static class ScanAccuracyRun
{
    private static readonly string[] s_sources = ["county-2021", "bureau-2019"];
    private static readonly string[] s_variants = ["clean", "skew", "jpeg", "stamp", "stamp-straight", "fax", "fax-straight", "blur"];
    private static readonly int[] s_dpis = [300, 150];

    public static int Run(string[] only)
    {
        // OCR takes a minute a page on a loaded machine: the accuracy run must not be cut by `parse`'s 30 s document budget.
        var parser = Readers.CreateParser(new Extractor.Core.Pipeline.ExtractionOptions { DocumentTimeout = TimeSpan.FromMinutes(30) });
        var script = Path.Combine(BenchmarkInputs.Fixture(), "scan", "make-scan-fixtures.sh");
        var kept = Environment.GetEnvironmentVariable("EXTRACTOR_SCANS_DIR");
        var verbose = Environment.GetEnvironmentVariable("EXTRACTOR_SCANS_VERBOSE") == "1";
        var work = kept is { Length: > 0 } ? Directory.CreateDirectory(kept) : Directory.CreateTempSubdirectory("extractor-scans-");
        try
        {
            Console.WriteLine("scan\tstatus\tcells\tright\tmissing\twrong\twrong_undiagnosed\tfails\ts_per_page");
            foreach (var stem in s_sources)
            {
                var sourcePath = Path.Combine(BenchmarkInputs.Fixture(), "pdf", stem + ".pdf");
                var truth = parser.Parse(new SourceDocument(sourcePath, File.ReadAllBytes(sourcePath))).Cells.ToDictionary(static c => c.Key);
                foreach (var dpi in s_dpis)
                {
                    foreach (var variant in s_variants)
                    {
                        var name = string.Create(CultureInfo.InvariantCulture, $"{stem}.{variant}.{dpi}.pdf");
                        if (only.Length > 0 && !only.Any(part => name.Contains(part, StringComparison.Ordinal)))
                        {
                            continue;
                        }

                        var path = Path.Combine(work.FullName, name);
                        if (!File.Exists(path))
                        {
                            using (var make = Process.Start("bash", [script, sourcePath, dpi.ToString(CultureInfo.InvariantCulture), variant, path]))
                            {
                                make.WaitForExit();
                                if (make.ExitCode != 0)
                                {
                                    Console.WriteLine($"{name}\tcould not be made (exit {make.ExitCode})");
                                    continue;
                                }
                            }
                        }

                        var clock = Stopwatch.StartNew();
                        var report = parser.Parse(new SourceDocument(path, File.ReadAllBytes(path)));
                        clock.Stop();
                        var pages = CountPages(path);
                        var got = report.Cells.ToDictionary(static c => c.Key);
                        int right = 0, missing = 0, wrong = 0, undiagnosed = 0;
                        foreach (var (key, want) in truth)
                        {
                            if (got.TryGetValue(key, out var cell) && cell.Kind == want.Kind && cell.Value == want.Value)
                            {
                                right++;
                            }
                            else if (cell is { Kind: CellKind.Missing } || report.Status == ReportStatus.Failed)
                            {
                                missing++;
                            }
                            else
                            {
                                wrong++;
                                if (cell is null || !report.Diagnostics.Any(d => d.Message.StartsWith(key, StringComparison.Ordinal) || (cell.At.Length > 0 && d.At == cell.At)))
                                {
                                    undiagnosed++;
                                }
                            }

                            if (verbose && !(cell is not null && cell.Kind == want.Kind && cell.Value == want.Value))
                            {
                                var why = report.Diagnostics.FirstOrDefault(d => d.Message.StartsWith(key, StringComparison.Ordinal))?.Message ?? "";
                                Console.WriteLine($"  {key}: want {want.Raw} got {cell?.Kind} \"{cell?.Raw}\" {cell?.At} | {why}");
                            }
                        }

                        if (verbose)
                        {
                            // Figures published on the second reading's word (OcrSecondReading): how many, and how many wrong.
                            var second = report.Diagnostics.Where(static d => d.Message.Contains("the second reading (the cell cut out alone", StringComparison.Ordinal) && d.Message.EndsWith(": published", StringComparison.Ordinal))
                                .Select(static d => d.Message[..d.Message.IndexOf(':', StringComparison.Ordinal)]).Where(truth.ContainsKey).ToList();
                            var secondWrong = second.Where(k => !(got.TryGetValue(k, out var c) && c.Kind == truth[k].Kind && c.Value == truth[k].Value)).ToList();
                            Console.WriteLine($"  second reading: {second.Count} figure(s) published, {secondWrong.Count} wrong: {string.Join(" ", second.Select(k => secondWrong.Contains(k) ? "WRONG " + k : k))}");

                            // Cells not published right where the second reading read what was read (both models, or one and
                            // the other no number) and that reading is wrong: the risk of the rule, whether or not it published.
                            var alikeWrong = new List<string>();
                            foreach (var (key, want) in truth)
                            {
                                if (!got.TryGetValue(key, out var cell) || (cell.Kind == want.Kind && cell.Value == want.Value)
                                    || report.Diagnostics.FirstOrDefault(d => d.Message.StartsWith(key, StringComparison.Ordinal) && d.Message.Contains("second reading (the cell cut out alone, by each model): ", StringComparison.Ordinal)) is not { } said)
                                {
                                    continue;
                                }

                                var list = said.Message[(said.Message.IndexOf("by each model): ", StringComparison.Ordinal) + 16)..].Split(';')[0].Split(", ");
                                var read = list.Where(static t => t != "no number").ToList();
                                if (read.Count > 0 && read.All(t => t == cell.Raw) && cell.Raw != want.Raw)
                                {
                                    alikeWrong.Add($"{key} ({cell.Raw} for {want.Raw}: {string.Join(", ", list)}; {cell.At[(cell.At.LastIndexOf(',') + 2)..]})");
                                }
                            }

                            Console.WriteLine($"  second reading alike with a wrong reading (not published): {alikeWrong.Count} {string.Join("; ", alikeWrong)}");
                            foreach (var diagnostic in report.Diagnostics.Where(d => !truth.Keys.Any(k => d.Message.StartsWith(k, StringComparison.Ordinal))))
                            {
                                Console.WriteLine($"  [{diagnostic.Severity}] {diagnostic.Code} {diagnostic.At}: {diagnostic.Message}");
                            }
                        }

                        var fails = report.Checks.Count(static c => c.Outcome == CheckOutcome.Fail);
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                            $"{name}\t{report.Status}\t{truth.Count}\t{right} ({100.0 * right / truth.Count:0.0}%)\t{missing}\t{wrong}\t{undiagnosed}\t{fails}\t{clock.Elapsed.TotalSeconds / pages:0.0}"));
                    }
                }
            }
        }
        finally
        {
            if (kept is not { Length: > 0 })
            {
                work.Delete(recursive: true);
            }
        }

        return 0;
    }

    private static int CountPages(string pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return Math.Max(1, document.NumberOfPages);
    }
}
