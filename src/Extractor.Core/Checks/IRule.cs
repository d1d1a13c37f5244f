using Extractor.Core.Records;

namespace Extractor.Core.Checks;

/// <summary>What every rule of the catalogue declares about itself.</summary>
internal interface IRule
{
    /// <summary>The stable rule id written into results, e.g. `T3-ID`.</summary>
    string Id { get; }

    /// <summary>Where the expectation comes from.</summary>
    RuleSource Source { get; }

    /// <summary>The severity of its results.</summary>
    Severity Severity { get; }

    /// <summary>What must hold, in one line.</summary>
    string Description { get; }
}
