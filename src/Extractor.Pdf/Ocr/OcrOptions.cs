namespace Extractor.Pdf.Ocr;

/// <summary>How scanned pages are read: the tools, the language model, the confidence thresholds and the core budget.</summary>
internal sealed record OcrOptions
{
    /// <summary>The Tesseract command (Debian: tesseract-ocr).</summary>
    public string Tesseract { get; init; } = "tesseract";

    /// <summary>The language model (Debian: tesseract-ocr-chi-sim); digits and Latin are part of it.</summary>
    public string Language { get; init; } = "chi_sim";

    /// <summary>
    /// The model the closer look reads digits with after the language model, on the cells that one left without a
    /// number (Debian: tesseract-ocr-eng, which tesseract-ocr depends on; skipped when it is not installed). Held to
    /// digits, the Chinese model reads a lone digit enlarged 3× as nothing at all; the English model reads it at 95–97
    /// (county JPEG 150 scan: 86 → 98 % cells right, 0 wrong).
    /// </summary>
    public string DigitsLanguage { get; init; } = "eng";

    /// <summary>
    /// The scale (in dpi) at which the closer look's witness reads the numbers still unsure with <see cref="DigitsLanguage"/>;
    /// its readings only count as a second reading for the verifier; 0 turns it off. Enlarged 2× from 300 dpi, a lone
    /// clear 5 or 7 of a JPEG scan read as nothing or as 3 at 36; the English model reads them at 150 dpi at 91–97
    /// (county JPEG 300: the 7 read once at 89 is published, the 5 is taken as its identities need; bureau JPEG 150:
    /// 197 → 198 cells right).
    /// </summary>
    public double WitnessDpi { get; init; } = 150;

    /// <summary>
    /// The height (pixels) every figure is scaled to for its second, independent reading (<see cref="OcrSecondReading"/>:
    /// cut out alone with a margin, black and white, one line, by <see cref="DigitsLanguage"/> and <see cref="Language"/>);
    /// the verifier publishes an unsure figure both read alike and doubts a sure one both read as another number. At 40 px
    /// and more the English model read a 5 as 9 (56.4 as 96.4); at 24–36 px both models read it right. 0 turns it off.
    /// </summary>
    public int SecondReadingHeight { get; init; } = 30;

    /// <summary>
    /// The confidence from which an unsure figure the second reading read alike is published where no identity confirms
    /// it. Below it, agreement is no evidence: two touching serif 1s of a black-and-white page read as `1` at 58 by the
    /// engine were read `1` by both models of the second reading too (county fax 300; the identities kept it out).
    /// </summary>
    public double SecondReadingFloor { get; init; } = 60;

    /// <summary>
    /// Doubts a sure reading that both models of the second reading read as one other number (no shorter): a suspect of
    /// a failing identity, taken as the identities need it, else `missing`. Off: on the final all-32 run it lost two right
    /// sure 3s of bureau fax-straight 300 (read 4 by both models) and gained one cell (county fax 300).
    /// </summary>
    public bool SecondReadingDisputes { get; init; }

    /// <summary>
    /// Drops red seal ink out of what the OCR engine reads (<see cref="ColourDropout"/>, through <see cref="SealMask"/>,
    /// which turns with a turned page); the rules are still found on the red channel, so the grid is the same as without
    /// it. Off: measured on the seal scans not turned at 150 dpi it took the bureau report from 183 to 197 cells right but
    /// the county report from 190 to 187; with the turned mask it gained nothing on any seal scan of the benchmark and
    /// lost a section heading the seal crosses (see src/Extractor.Pdf/README.md).
    /// </summary>
    public bool SealDropout { get; init; }

    /// <summary>
    /// Turns a black-and-white page scanned askew straight (blurred a pixel, turned grey) and closes its dashed rules
    /// (<see cref="FaxDashes"/>). Off: on the fax scans turned 0.4° it took county from 70 to 74 % right at 300 dpi and
    /// from 0 to 20 % at 150 dpi, but bureau 300 from 89 to 44 %, and county 150 published a 6 read as 0 (see
    /// src/Extractor.Pdf/README.md). Such a page is read unturned.
    /// </summary>
    public bool StraightenFax { get; init; }

    /// <summary>
    /// Straightens a black-and-white page scanned askew by whole-pixel shears (<see cref="FaxShear"/>: it stays black and
    /// white, nothing resampled) and closes its dashed rules (<see cref="FaxDashes"/>). On: on the fax scans turned 0.4° it
    /// took county from 77 to 87.5 % right at 300 dpi and from 0 to 40.5 % at 150 dpi, bureau from 89.9 to 99.5 % and
    /// from 8.6 to 49.5 %, 0 wrong (see src/Extractor.Pdf/README.md). Off, such a page is read unturned. Ignored when
    /// <see cref="StraightenFax"/> is on.
    /// </summary>
    public bool ShearFax { get; init; } = true;

    /// <summary>ImageMagick's convert, which decodes any embedded image to grey PGM and deskews it.</summary>
    public string Convert { get; init; } = "convert";

    /// <summary>poppler's pdftoppm, for pages that are not a single image.</summary>
    public string Pdftoppm { get; init; } = "pdftoppm";

    /// <summary>Resolution pages are rasterised at when they are not a single image.</summary>
    public int RasterDpi { get; init; } = 300;

    /// <summary>
    /// A cell read at or above this confidence (Tesseract's 0–100, the lowest word in the cell) is trusted enough for a
    /// published check failure; below it, a failure it takes part in is not assessable.
    /// </summary>
    public double HighConfidence { get; init; } = 90;

    /// <summary>
    /// A number below high confidence that two OCR passes read alike is published only from this confidence (the surer
    /// of the two) up: both passes see the same pixels, so on a noisy scan they can agree on the same misreading (a
    /// faint 0 read as 9 at 56 by both, a 41 on a JPEG scan read as 4 at 75 by both).
    /// </summary>
    public double AlikeConfidence { get; init; } = 80;

    /// <summary>Pages OCR'd at once; defaults to the process's core budget.</summary>
    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Time allowed for one tool run on one page.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The document's stop signal (its budget spent, Ctrl-C, SIGTERM), set per document by the reader: a running
    /// Tesseract is killed at once rather than left to finish its page.
    /// </summary>
    public CancellationToken Stop { get; init; }

    /// <summary>Turns OCR off: scanned pages are reported as unreadable, as before.</summary>
    public bool Enabled { get; init; } = true;
}
