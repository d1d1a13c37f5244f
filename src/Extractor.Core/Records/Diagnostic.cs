namespace Extractor.Core.Records;

/// <summary>A problem met while reading or mapping a report, recorded instead of thrown so the run goes on.</summary>
/// <param name="Code">A stable code: EX1xx reading, EX2xx detection, EX3xx template mapping, EX4xx checks, EX5xx fetching.</param>
/// <param name="Message">What happened, naming the thing concerned and the raw text where there is one.</param>
/// <param name="At">Where in the source (the `at` text), empty when it concerns the whole document.</param>
/// <param name="Severity">How much it matters.</param>
public sealed record Diagnostic(string Code, string Message, string At, Severity Severity = Severity.Warning);
