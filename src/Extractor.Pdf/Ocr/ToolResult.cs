namespace Extractor.Pdf.Ocr;

/// <summary>What a tool run left: its exit code, standard output bytes and standard error text.</summary>
internal sealed record ToolResult(int ExitCode, byte[] Output, string Error, bool TimedOut);
