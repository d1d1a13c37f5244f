namespace Extractor.Core.Records;

/// <summary>How much a diagnostic or a check result matters.</summary>
public enum Severity
{
    /// <summary>For information: nothing is wrong.</summary>
    Info,

    /// <summary>Something is doubtful and worth a look.</summary>
    Warning,

    /// <summary>Something is wrong.</summary>
    Error,
}
