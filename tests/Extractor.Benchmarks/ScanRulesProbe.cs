using System.Globalization;
using Extractor.Pdf.Ocr;

namespace Extractor.Benchmarks;

/// <summary>`scanrules DPI IMAGE…`: the ruling lines found on page images (PGM/PPM), after straightening, for checking the grid by eye (writes IMAGE.straight.pgm and IMAGE.erased.pgm).</summary>
internal static class ScanRulesProbe
{
    public static int Run(string[] args)
    {
        var dpi = int.Parse(args[0], CultureInfo.InvariantCulture);
        foreach (var file in args[1..])
        {
            var image = GrayImage.ParsePnm(File.ReadAllBytes(file))!;
            var folder = Directory.CreateTempSubdirectory("scanrules-");
            var angle = Deskewer.EstimateAngle(image);
            var bilevel = image.IsBilevel();
            // EXTRACTOR_PROBE_TURN=1: a black-and-white page turned grey (StraightenFax) instead of sheared (ShearFax).
            var turn = Environment.GetEnvironmentVariable("EXTRACTOR_PROBE_TURN") == "1";
            var straight = Deskewer.Straighten(image, new OcrOptions { StraightenFax = turn, ShearFax = true }, folder.FullName, out var fax);
            File.WriteAllBytes(file + ".straight.pgm", straight.ToPgm());
            var rules = ImageRuleFinder.FindAndErase(straight, (int)(dpi * 0.4), Math.Max(2, dpi / 100), bilevel && fax == 0 ? dpi / 3 : 0, fax != 0 ? FaxDashes.Period(fax, dpi) : 0);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}: angle {angle}, {rules.Count(static r => r.IsHorizontal)} horizontal, {rules.Count(static r => !r.IsHorizontal)} vertical"));
            foreach (var r in rules.OrderBy(static r => r.IsHorizontal).ThenBy(static r => r.Position).ThenBy(static r => r.Start))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {(r.IsHorizontal ? 'H' : 'V')} {r.Position:0.0} [{r.First}-{r.Last}] {r.Start}-{r.End}"));
            }

            File.WriteAllBytes(file + ".erased.pgm", straight.ToPgm());
            folder.Delete(recursive: true);
        }

        return 0;
    }
}
