namespace Extractor.Core.Tests.Reading.Text.Flat;

/// <summary>How the parsed cells of one document compare with its golden file.</summary>
internal sealed class CellComparison
{
    public List<string> Right { get; } = [];

    /// <summary>Expected numbers emitted as uncertain text: allowed, since nothing is guessed.</summary>
    public List<string> Uncertain { get; } = [];

    /// <summary>Numbers that differ from the expected value: never allowed.</summary>
    public List<string> WrongNumbers { get; } = [];

    /// <summary>Anything else: a blank, a missing cell, a text where a blank was expected.</summary>
    public List<string> Other { get; } = [];

    public int Total => Right.Count + Uncertain.Count + WrongNumbers.Count + Other.Count;

    public string Summary(string name) =>
        $"{name}: {Right.Count}/{Total} right, {Uncertain.Count} uncertain, {WrongNumbers.Count} wrong numbers, {Other.Count} other"
        + string.Concat(WrongNumbers.Concat(Other).Concat(Uncertain).Select(static l => "\n  " + l));
}
