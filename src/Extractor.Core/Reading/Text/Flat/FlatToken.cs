namespace Extractor.Core.Reading.Text.Flat;

/// <summary>A piece of a flat body: either text (labels, headers, narrative) or a run of glued cell digits.</summary>
/// <param name="Text">The text as found; for a run, the digits with any spaces, signs and decimal points inside it.</param>
/// <param name="IsRun">True for a run of cell values.</param>
/// <param name="Start">Character offset of the piece in the body line (0-based).</param>
/// <param name="Unit">A unit written right after a run (元, 万元), else empty.</param>
internal sealed record FlatToken(string Text, bool IsRun, int Start, string Unit = "");
