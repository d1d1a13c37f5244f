using System.Security.Cryptography;
using Extractor.Core.Checks;
using Extractor.Core.Documents;
using Extractor.Core.Mapping;
using Extractor.Core.Reading;
using Extractor.Core.Records;
using Extractor.Core.Templates;

namespace Extractor.Core.Pipeline;

/// <summary>
/// The one place where the stages meet, top to bottom: detect the format, read it into the document model,
/// map it onto the template, run the in-report checks.
/// </summary>
public sealed class ReportParser
{
    private readonly Dictionary<DocumentFormat, IDocumentReader> _readers;

    /// <summary>Creates a parser that uses <paramref name="readers"/>, one per format.</summary>
    public ReportParser(IEnumerable<IDocumentReader> readers)
    {
        ArgumentNullException.ThrowIfNull(readers);
        _readers = readers.ToDictionary(static r => r.Format);
    }

    /// <summary>Reads, maps and checks one source document; never throws for bad input, which becomes a failed report.</summary>
    public ReportResult Parse(SourceDocument source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var format = FormatDetector.Detect(source.Content.Span, source.Uri);
        var reportSource = new ReportSource(source.Uri, Sha256Hex(source.Content.Span), FormatDetector.Name(format));

        if (format == DocumentFormat.LegacyOffice && !_readers.ContainsKey(format))
        {
            return Failed(reportSource, DiagnosticCodes.Unreadable, FormatDetector.LegacyOfficeReason);
        }

        if (!_readers.TryGetValue(format, out var reader))
        {
            var why = format == DocumentFormat.Unknown
                ? "the content is not HTML, PDF, DOCX or text"
                : $"no reader for format {FormatDetector.Name(format)} is configured";
            return Failed(reportSource, DiagnosticCodes.UnknownFormat, why);
        }

        ReportDocument document;
        try
        {
            document = reader.Read(source);
        }
        catch (DocumentReadException ex)
        {
            return Failed(reportSource, DiagnosticCodes.Unreadable, ex.Message);
        }

        var mapped = TemplateMapper.Map(document, reportSource);
        var checks = ReportChecker.Check(mapped);
        var result = mapped with { Checks = checks };
        return document.Verifier?.Verify(result) ?? result;
    }

    /// <summary>Runs the cross-report rules over a set of reports and appends their results to each report concerned.</summary>
    public static IReadOnlyList<ReportResult> CheckAcross(IReadOnlyList<ReportResult> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return ReportChecker.CheckAcross(reports);
    }

    internal static ReportResult Failed(ReportSource source, string code, string why) => new()
    {
        Source = source,
        Status = ReportStatus.Failed,
        Template = TemplateIds.Unknown,
        Diagnostics = [new Diagnostic(code, why, string.Empty, Severity.Error)],
    };

    internal static string Sha256Hex(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
