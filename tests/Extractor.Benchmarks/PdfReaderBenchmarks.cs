using BenchmarkDotNet.Attributes;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Pdf;

namespace Extractor.Benchmarks;

/// <summary>
/// Reads the largest PDF fixture (3 pages, table 三 broken across a page), and the 6-page city report of the shared
/// corpus when ../shared sits beside the repository, into the document model.
/// </summary>
[MemoryDiagnoser]
public class PdfReaderBenchmarks
{
    private readonly PdfReportReader _reader = new();
    private SourceDocument _source = null!;
    private SourceDocument? _corpus;

    [GlobalSetup]
    public void Setup()
    {
        var path = BenchmarkInputs.Fixture("pdf", "county-2021.pdf");
        _source = new SourceDocument(path, File.ReadAllBytes(path));
        var corpus = BenchmarkInputs.Fixture("..", "..", "shared", "corpus", "003_huaian-city-gov-2024.pdf");
        _corpus = File.Exists(corpus) ? new SourceDocument(corpus, File.ReadAllBytes(corpus)) : null;
    }

    [Benchmark]
    public ReportDocument ReadCounty2021() => _reader.Read(_source);

    /// <summary>The 6-page report of the PDF issue; compare with `pdftotext -layout` on the same file.</summary>
    [Benchmark]
    public ReportDocument? ReadCorpusCity2024SixPages() => _corpus is null ? null : _reader.Read(_corpus);
}
