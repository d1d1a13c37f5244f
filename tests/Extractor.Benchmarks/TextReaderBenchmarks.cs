using BenchmarkDotNet.Attributes;
using Extractor.Core.Documents;
using Extractor.Core.Mapping;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Text;
using Extractor.Core.Records;

namespace Extractor.Benchmarks;

/// <summary>Reports per second for the text reader and the template mapper on realistic text dumps.</summary>
[MemoryDiagnoser]
public class TextReaderBenchmarks
{
    private readonly TextReportReader _reader = new();
    private SourceDocument _pipeCells = null!;
    private SourceDocument _markdown = null!;
    private ReportDocument _pipeCellsDocument = null!;
    private readonly ReportSource _source = new("bench.txt", "00", "text");

    [GlobalSetup]
    public void Setup()
    {
        _pipeCells = Load("101_pipe-cells-2021.txt");
        _markdown = Load("104_markdown-2021.txt");
        _pipeCellsDocument = _reader.Read(_pipeCells);
    }

    [Benchmark]
    public ReportDocument ReadPipeCells() => _reader.Read(_pipeCells);

    [Benchmark]
    public ReportDocument ReadMarkdown() => _reader.Read(_markdown);

    [Benchmark]
    public ReportResult MapPipeCells() => TemplateMapper.Map(_pipeCellsDocument, _source);

    private static SourceDocument Load(string name)
    {
        var path = BenchmarkInputs.Fixture("text", name);
        return new SourceDocument(path, File.ReadAllBytes(path));
    }
}
