using BenchmarkDotNet.Attributes;
using Extractor.Core.Reading;
using Extractor.Html;

namespace Extractor.Benchmarks;

/// <summary>Reads per second of the largest HTML fixture (Word-pasted span soup with three report tables).</summary>
[MemoryDiagnoser]
public class HtmlReaderBenchmarks
{
    private readonly HtmlReportReader _reader = new();
    private SourceDocument? _source;

    /// <summary>Loads the largest page under fixtures/html once; the bytes stay raw so decoding is measured too.</summary>
    [GlobalSetup]
    public void LoadFixture()
    {
        var folder = BenchmarkInputs.Fixture("html");
        var largest = new DirectoryInfo(folder).EnumerateFiles("*.html").MaxBy(static f => f.Length)
            ?? throw new InvalidOperationException($"no HTML fixture in {folder}");
        _source = new SourceDocument(largest.FullName, File.ReadAllBytes(largest.FullName));
    }

    [Benchmark]
    public int ReadLargestFixture() => _reader.Read(_source!).Blocks.Count;
}
