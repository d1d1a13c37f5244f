using System.Globalization;
using Extractor.Core.Pipeline;
using Extractor.Core.Reading;
using Extractor.Core.Reading.Docx;
using Extractor.Core.Reading.Text;
using Extractor.Html;
using Extractor.Pdf;

namespace Extractor.Worker.Cli;

/// <summary>The readers of every supported format, wired into the one pipeline.</summary>
internal static class Readers
{
    public static IReadOnlyList<IDocumentReader> All() => [new TextReportReader(), new HtmlReportReader(), new PdfReportReader(), new DocxReportReader()];

    public static ExtractionPipeline CreateParser(ExtractionOptions? options = null) => new(All(), options);

    /// <summary>
    /// The pipeline's options for <c>parse</c>, from the same keys as pipeline.json's <c>limits</c> section given as
    /// environment variables (<c>EXTRACTOR_limits__readParallelism=4</c>, <c>EXTRACTOR_limits__readTimeout=00:00:10</c>,
    /// <c>EXTRACTOR_limits__documentMemory=536870912</c>, <c>EXTRACTOR_limits__ocrPageTimeout=00:02:00</c>); null with a message for a value that does not parse.
    /// </summary>
    public static ExtractionOptions? OptionsFromEnvironment(out string? error)
    {
        error = null;
        var defaults = new ExtractionOptions();
        var parallelism = Read("readParallelism", defaults.Parallelism, static s => int.Parse(s, CultureInfo.InvariantCulture), ref error);
        var timeout = Read("readTimeout", defaults.DocumentTimeout, static s => TimeSpan.Parse(s, CultureInfo.InvariantCulture), ref error);
        var ocrPage = Read("ocrPageTimeout", defaults.OcrPageAllowance, static s => TimeSpan.Parse(s, CultureInfo.InvariantCulture), ref error);
        var memory = Read("documentMemory", defaults.DocumentMemory, static s => long.Parse(s, CultureInfo.InvariantCulture), ref error);
        if (error is null && (parallelism < 1 || timeout <= TimeSpan.Zero || ocrPage < TimeSpan.Zero || memory < 1 << 20))
        {
            error = "limits: readParallelism must be at least 1, readTimeout positive, ocrPageTimeout not negative and documentMemory at least 1048576 bytes";
        }

        return error is null ? new ExtractionOptions { Parallelism = parallelism, DocumentTimeout = timeout, OcrPageAllowance = ocrPage, DocumentMemory = memory } : null;
    }

    private static T Read<T>(string key, T fallback, Func<string, T> parse, ref string? error)
    {
        var name = $"EXTRACTOR_limits__{key}";
        var text = Environment.GetEnvironmentVariable(name);
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        try
        {
            return parse(text.Trim());
        }
        catch (Exception ex) when (ex is FormatException or OverflowException)
        {
            error ??= $"{name}: \"{text}\" is not a valid value ({ex.Message})";
            return fallback;
        }
    }
}
