using System.Text;
using Extractor.Benchmarks.Fuzzing;
using Extractor.Core.Documents;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Testing;
using Extractor.Worker.Cli;

namespace Extractor.Corpus.Tests.Fuzzing;

/// <summary>
/// The fuzz harness's memory finding is about the mutant, not the process: a mutant that needs the memory is found,
/// and what an earlier mutant left in the heap is never blamed on the ones after it. Measured by allocations on the
/// mutant's own thread, which other tests running beside it do not touch.
/// </summary>
public sealed class FuzzMemoryTests
{
    private const long Line = 32L << 20;

    [Fact]
    public async Task Run_MutantThatNeedsMemory_IsAFinding_AndItsResidueIsNotBlamedOnLaterMutants()
    {
        var folder = Directory.CreateTempSubdirectory("extractor-fuzz-memory-");
        try
        {
            var bomb = Path.Combine(folder.FullName, "bomb.txt");
            var good = Path.Combine(folder.FullName, "good.txt");
            File.WriteAllText(bomb, string.Concat(Enumerable.Repeat("BOMB ", 2000)));
            File.WriteAllText(good, string.Concat(Enumerable.Repeat("政府信息公开工作年度报告 ", 200)));
            var hog = new HogReader();
            var parser = new ExtractionPipeline([hog]);
            var run = new FuzzRun(new FuzzOptions
            {
                Seed = 7,
                Count = 40,
                Timeout = TimeSpan.FromMinutes(10),
                MemoryLine = Line,
                Parser = parser,

                // The lone re-run, in this process: what the mutant allocates on this thread by itself.
                ConfirmMemory = (name, mutant) => FuzzRun.ParseRoundTrip(parser, name, mutant).Allocated,
                Inputs = [bomb, good],
            });

            await run.RunAsync();

            // The held memory stayed past the line for the rest of the run (the residue of issue #11's noisy metric).
            Assert.True(hog.Hogs > 0 && hog.HeldBytes > Line, $"{hog.Hogs} hogs, {hog.HeldBytes} bytes held");
            var memory = run.Findings.Where(static f => f.Kind == "memory").ToList();
            Assert.NotEmpty(memory);
            Assert.All(memory, static f => Assert.Contains("BOMB", Encoding.UTF8.GetString(f.Bytes), StringComparison.Ordinal));
            Assert.All(memory, static f => Assert.Contains("over the 32 MiB line", f.Detail, StringComparison.Ordinal));
            Assert.Empty(run.Findings.Where(static f => f.Kind != "memory").Select(static f => f.Detail));
            Assert.True(run.MaxMutantAllocated > Line, $"largest own allocation {run.MaxMutantAllocated}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void ParseRoundTrip_DecompressionBombFixture_CountsItsOwnAllocationsOnly()
    {
        var parser = Readers.CreateParser();
        var bomb = TestPaths.Fixture("hostile/pdf-ascii85-in-flate.pdf");
        var small = TestPaths.Fixture("fuzz/legacy-fullwidth-item-number.txt");

        var bombRun = FuzzRun.ParseRoundTrip(parser, Path.GetFileName(bomb), File.ReadAllBytes(bomb));
        var smallRun = FuzzRun.ParseRoundTrip(parser, Path.GetFileName(small), File.ReadAllBytes(small));

        // The bomb's budget lets it decode its 37.5 MB inner stage and count the next up to the 128 MB stream limit.
        Assert.Null(bombRun.Exception);
        Assert.True(bombRun.Allocated > 64L << 20, $"bomb allocated {bombRun.Allocated >> 20} MiB");
        Assert.Null(smallRun.Exception);
        Assert.True(smallRun.Allocated < 16L << 20, $"small fixture allocated {smallRun.Allocated >> 20} MiB");
    }

    /// <summary>A text reader that, for a document saying BOMB, takes 48 MiB and keeps it until the next such document.</summary>
    private sealed class HogReader : IDocumentReader
    {
        private byte[][] _held = [];

        public DocumentFormat Format => DocumentFormat.Text;

        public int Hogs { get; private set; }

        public long HeldBytes => _held.Sum(static b => (long)b.Length);

        public ReportDocument Read(SourceDocument source)
        {
            if (source.Decoded?.Text.Contains("BOMB", StringComparison.Ordinal) == true)
            {
                Hogs++;
                var held = new byte[48][];
                for (var i = 0; i < held.Length; i++)
                {
                    held[i] = new byte[1 << 20];
                    Array.Fill(held[i], (byte)i);
                }

                _held = held;
            }

            return new ReportDocument([]);
        }
    }
}
