namespace Extractor.Core.Pipeline;

/// <summary>A document spent its time or memory budget; it becomes that document's <c>failed</c> reason.</summary>
internal sealed class DocumentBudgetExceededException : Exception
{
    public DocumentBudgetExceededException(string message)
        : base(message)
    {
    }

    public DocumentBudgetExceededException()
    {
    }

    public DocumentBudgetExceededException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
