using Extractor.Core.Records;

namespace Extractor.Html.Decoding;

/// <summary>The page text after decoding, with the encoding used and how it was chosen.</summary>
/// <param name="Text">The decoded characters, without a byte order mark.</param>
/// <param name="EncodingName">The web name of the encoding that decoded the bytes.</param>
/// <param name="Origin">Where the encoding came from: bom, http, meta, utf8-valid or fallback.</param>
/// <param name="Diagnostics">Guesses and undecodable bytes, for the document's diagnostics.</param>
internal sealed record DecodedHtml(string Text, string EncodingName, string Origin, IReadOnlyList<Diagnostic> Diagnostics);
