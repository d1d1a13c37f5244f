using Extractor.Core.Records;

namespace Extractor.Core.Reading;

/// <summary>Page or text bytes after decoding, with the encoding used and how it was chosen.</summary>
/// <param name="Text">The decoded characters, without a byte order mark.</param>
/// <param name="EncodingName">The web name of the encoding that decoded the bytes.</param>
/// <param name="Origin">Where the encoding came from: bom, http, meta, utf8-valid or fallback.</param>
/// <param name="Diagnostics">Guesses and undecodable bytes, for the document's diagnostics.</param>
public sealed record DecodedText(string Text, string EncodingName, string Origin, IReadOnlyList<Diagnostic> Diagnostics);
