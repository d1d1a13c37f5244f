namespace Extractor.Core.Records;

/// <summary>The diagnostic codes, one place, so that a code keeps its meaning across releases.</summary>
public static class DiagnosticCodes
{
    /// <summary>The file could not be read at all (corrupt, encrypted, truncated).</summary>
    public const string Unreadable = "EX101";

    /// <summary>The text layer is missing or its glyphs have no Unicode map.</summary>
    public const string BadTextLayer = "EX102";

    /// <summary>A character encoding was guessed or bytes could not be decoded.</summary>
    public const string Encoding = "EX103";

    /// <summary>The reader skipped or repaired part of the layout (page chrome, a broken table).</summary>
    public const string LayoutRepaired = "EX104";

    /// <summary>
    /// Table cells were glued together in the source (crawler text dumps) and more than one split of the digits fits:
    /// the cells concerned are emitted as `missing` holding the raw run, and the message lists the candidate splits.
    /// </summary>
    public const string AmbiguousCells = "EX105";

    /// <summary>The format could not be recognised from the content.</summary>
    public const string UnknownFormat = "EX201";

    /// <summary>The document is not a government information-disclosure annual report.</summary>
    public const string NotAReport = "EX202";

    /// <summary>A section heading of the template was not found.</summary>
    public const string SectionMissing = "EX301";

    /// <summary>A table of the template was not found.</summary>
    public const string TableMissing = "EX302";

    /// <summary>A row of the template was not found in its table.</summary>
    public const string RowMissing = "EX303";

    /// <summary>A row had a different number of values than the template has columns, and they could not be placed safely.</summary>
    public const string RowShape = "EX304";

    /// <summary>A row label appeared twice with values; the first was kept.</summary>
    public const string RowDuplicate = "EX305";

    /// <summary>A label or value the template does not know was found inside a table.</summary>
    public const string Unrecognised = "EX306";

    /// <summary>The report deviates from its template (e.g. a 2019 row inside a 2021 table).</summary>
    public const string TemplateDeviation = "EX307";

    /// <summary>The report year could not be determined.</summary>
    public const string YearMissing = "EX308";

    /// <summary>The agency could not be determined.</summary>
    public const string AgencyMissing = "EX309";

    /// <summary>A number past the contract's bound (|v| ≥ 10^15 or more than 8 decimals) was kept as text or not published.</summary>
    public const string NumberOutOfRange = "EX310";

    /// <summary>A check could not be evaluated as stated.</summary>
    public const string CheckProblem = "EX401";

    /// <summary>A fetch failed or was refused.</summary>
    public const string FetchFailed = "EX501";

    /// <summary>The document spent its time or memory budget (<c>ExtractionOptions</c>) and was stopped; the run went on.</summary>
    public const string BudgetExceeded = "EX190";

    /// <summary>
    /// A bug of ours: a reader, the mapper or a rule threw on this document. The message names the exception type;
    /// the document is <c>failed</c> and the run goes on.
    /// </summary>
    public const string InternalError = "EX901";
}
