using System.Diagnostics;
using Extractor.Pdf.Geometry;
using Extractor.Pdf.Ocr;

namespace Extractor.Pdf.Tests.Ocr;

/// <summary>
/// The closer look's cells go to ImageMagick in mosaics it will enlarge. One mosaic of a 300-dpi page's unsure cells,
/// enlarged 2×, was taller than ImageMagick's 16K-pixel policy: convert refused it and the whole closer look was skipped
/// without a word (county JPEG 300: a clear 4 stayed 人4 and its appeals row of 15 figures was lost).
/// </summary>
public class CloserLookBatchTests
{
    [Fact]
    public void MosaicBatches_KeepEveryCellInOrderAndEachEnlargedMosaicUnderTheLimit()
    {
        var heights = Enumerable.Range(0, 200).Select(static i => 60.0 + (i % 7 * 9.5)).ToList();
        var cells = Enumerable.Range(0, heights.Count).ToList();

        var batches = OcrPageReader.MosaicBatches(cells, i => heights[i], spacing: 75, factor: 2).ToList();

        Assert.NotEmpty(batches);
        Assert.True(batches.Count > 1);
        Assert.Equal(cells, batches.SelectMany(static b => b));
        Assert.All(batches, b => Assert.True((75 + b.Sum(i => (int)Math.Ceiling(heights[i]) + 75)) * 2 <= OcrPageReader.MaxMosaicHeight));
    }

    [Fact]
    public void MosaicBatches_ACellTallerThanTheLimitIsABatchOfItsOwn()
    {
        var heights = new[] { 100.0, 9_000, 100 };

        var batches = OcrPageReader.MosaicBatches([0, 1, 2], i => heights[i], spacing: 10, factor: 2).ToList();

        Assert.Equal([[0], [1], [2]], batches);
    }

    [Fact]
    public void MosaicBatches_FewCellsStayOneMosaic() =>
        Assert.Single(OcrPageReader.MosaicBatches([0, 1, 2, 3], static _ => 75, spacing: 75, factor: 3));

    [OcrFact]
    public void MosaicBatches_EveryBatchOfATallPageIsEnlargedByImageMagick()
    {
        // A 300-dpi page of JPEG-grey cells, each with a stroke of ink: 150 cells stacked are some 22,000 px enlarged 2×.
        const int CellHeight = 75, Width = 180;
        var page = new GrayImage(Width, CellHeight * 150, Enumerable.Repeat((byte)235, Width * CellHeight * 150).ToArray());
        var boxes = new List<(int Index, Box Pixels)>();
        for (var i = 0; i < 150; i++)
        {
            for (var y = 20; y < 55; y++)
            {
                for (var x = 80; x < 90; x++)
                {
                    page[x, (i * CellHeight) + y] = 30;
                }
            }

            boxes.Add((i, new Box(0, i * CellHeight, Width, (i + 1) * CellHeight)));
        }

        var folder = Directory.CreateTempSubdirectory("extractor-batches-");
        try
        {
            var batches = OcrPageReader.MosaicBatches([.. boxes.Select(static b => b.Index)], i => boxes[i].Pixels.Height, spacing: 75, factor: 2).ToList();
            Assert.True(batches.Count > 1);
            foreach (var batch in batches)
            {
                var mosaic = CellMosaic.Build(page, [.. batch.Select(i => boxes[i])], 75, 12);
                var small = Path.Combine(folder.FullName, "small.pgm");
                var large = Path.Combine(folder.FullName, "large.pgm");
                File.WriteAllBytes(small, mosaic.Image.ToPgm());
                File.Delete(large);

                Assert.Equal(0, Run("convert", small, "-filter", "Lanczos", "-resize", "200%", "-depth", "8", large));
                Assert.Equal(mosaic.Image.Height * 2, GrayImage.ParsePnm(File.ReadAllBytes(large))?.Height);
                Assert.Equal(batch, mosaic.Cells);
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static int Run(string tool, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(tool, arguments) { RedirectStandardError = true })!;
        process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode;
    }
}
