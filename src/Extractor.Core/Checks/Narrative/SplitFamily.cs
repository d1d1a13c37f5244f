namespace Extractor.Core.Checks.Narrative;

/// <summary>What a split (其中…) of a pre-2019 statement may go on with.</summary>
internal enum SplitFamily
{
    /// <summary>No split is open.</summary>
    None,

    /// <summary>After applications received: by channel, or by reply kind.</summary>
    Received,

    /// <summary>After a channel: more channels.</summary>
    Channel,

    /// <summary>After replies in all or of one kind: more reply kinds.</summary>
    Reply,
}
