namespace Extractor.Worker.State;

/// <summary>What a frontier URL is expected to hold.</summary>
internal enum FrontierKind
{
    /// <summary>A listing page: its links are followed, it is not read as a report.</summary>
    Listing,

    /// <summary>A report page linked from a listing.</summary>
    Report,

    /// <summary>A file attached to a report page (.pdf, .doc …), read as a report too.</summary>
    Attachment,
}
