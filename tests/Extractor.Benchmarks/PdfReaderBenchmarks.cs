using BenchmarkDotNet.Attributes;
using Extractor.Core.Documents;
using Extractor.Core.Reading;
using Extractor.Pdf;

namespace Extractor.Benchmarks;

/// <summary>Reads the largest PDF fixture (3 pages, table 三 broken across a page) into the document model.</summary>
[MemoryDiagnoser]
public class PdfReaderBenchmarks
{
    private readonly PdfReportReader _reader = new();
    private SourceDocument _source = null!;

    [GlobalSetup]
    public void Setup()
    {
        var path = Path.Combine(FindRoot(), "fixtures", "pdf", "county-2021.pdf");
        _source = new SourceDocument(path, File.ReadAllBytes(path));
    }

    [Benchmark]
    public ReportDocument ReadCounty2021() => _reader.Read(_source);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Extractor.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Extractor.sln not found above " + AppContext.BaseDirectory);
    }
}
