using UglyToad.PdfPig.Logging;

namespace Extractor.Pdf;

/// <summary>Keeps PdfPig's complaints off the console; the first few errors are kept for a diagnostic.</summary>
internal sealed class PdfPigLog : ILog
{
    private const int MaxKept = 3;

    public List<string> Errors { get; } = [];

    public int ErrorCount { get; private set; }

    public void Debug(string message)
    {
    }

    public void Debug(string message, Exception ex)
    {
    }

    public void Warn(string message)
    {
    }

    public void Error(string message) => Keep(message);

    public void Error(string message, Exception ex) => Keep(message + ": " + ex.Message);

    private void Keep(string message)
    {
        ErrorCount++;
        if (Errors.Count < MaxKept)
        {
            Errors.Add(message);
        }
    }
}
