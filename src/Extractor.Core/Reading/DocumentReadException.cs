namespace Extractor.Core.Reading;

/// <summary>Thrown by a reader when a file cannot be read at all; the pipeline turns it into a failed report.</summary>
public sealed class DocumentReadException : Exception
{
    /// <summary>Creates the exception.</summary>
    public DocumentReadException()
    {
    }

    /// <summary>Creates the exception with a message that names the file and the cause.</summary>
    public DocumentReadException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the library's own exception.</summary>
    public DocumentReadException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
