namespace Extractor.Core.Checks.Narrative;

/// <summary>The table quantities a narrative sentence may state.</summary>
internal enum NarrativeQuantity
{
    /// <summary>Applications received (新收/收到/受理…申请N件); may include those carried over.</summary>
    Received,

    /// <summary>One applicant group's share of the applications received (其中自然人N件).</summary>
    Applicant,

    /// <summary>Applications answered (办结/答复N件).</summary>
    Processed,

    /// <summary>Applications carried into next year (结转下年度N件).</summary>
    CarriedForward,

    /// <summary>Applications carried over from last year (上年结转N件).</summary>
    CarriedOver,

    /// <summary>Administrative reviews (行政复议N件).</summary>
    Review,

    /// <summary>Administrative lawsuits (行政诉讼N件).</summary>
    Litigation,

    /// <summary>
    /// Pre-2019 scan only: applications by how they came (网上申请数3条, 其中当面2件); the statement's
    /// <see cref="NarrativeStatement.Indicator"/> names the row of the old statistics table.
    /// </summary>
    Channel,

    /// <summary>Pre-2019 scan only: replies, in all or of one kind (答复总数3条, 同意公开答复数2条); the indicator names the row.</summary>
    Reply,

    /// <summary>Pre-2019 scan only: fees collected (收取费用120元); the indicator is `fees_collected`.</summary>
    Fee,
}
