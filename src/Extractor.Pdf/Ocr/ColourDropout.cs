namespace Extractor.Pdf.Ocr;

/// <summary>
/// Turns a colour pixel into the grey the table reader wants, dropping red seal ink out, as scanners' "colour dropout"
/// does for red forms. The grey is the red channel, which keeps black ink black and turns a red seal light grey (215
/// for the usual vermilion); seal ink itself, a pixel clearly redder than it is green or blue, turns white, so the
/// OCR engine does not read the ring and the star as strokes. A grey pixel (R = G = B) is returned unchanged, so a
/// grey scan reads exactly as before; black text under translucent seal ink is dark whatever its tint and stays.
/// Where the seal was opaque, what it covered is gone: <see cref="GrayImage.Dropped"/> remembers those pixels, so the
/// rule finder can carry a rule across the seal.
/// </summary>
internal static class ColourDropout
{
    /// <summary>How much redder than green and blue a pixel must be to be seal ink (vermilion is some 175 redder).</summary>
    public const int SealRedness = 64;

    /// <summary>Below this red level a reddish pixel is black text under the seal, not seal ink.</summary>
    public const int SealMinRed = 96;

    public static bool IsSealInk(byte red, byte green, byte blue) => red - Math.Max(green, blue) >= SealRedness && red >= SealMinRed;

    public static byte Gray(byte red, byte green, byte blue) => IsSealInk(red, green, blue) ? (byte)255 : red;
}
