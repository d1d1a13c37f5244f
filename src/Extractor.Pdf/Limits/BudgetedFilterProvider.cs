using System.Globalization;
using Extractor.Core.Reading;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Extractor.Pdf.Limits;

/// <summary>
/// PdfPig's filters, each wrapped so that no stream decodes past the per-stream budget whatever its filters: Flate,
/// LZW, RunLength, ASCII85 and ASCIIHex are measured (cheaply bounded, or counted without keeping the output) before
/// PdfPig decodes them, and every filter's output is checked after. A chain (ASCII85 then Flate, Flate inside LZW …)
/// is checked stage by stage, since PdfPig hands each filter the previous one's output. The streams of one document
/// together may decode to at most <see cref="MaxDocumentBytes"/> (many streams each under the per-stream limit are a
/// bomb too: their decoding alone would spend the document's time). One provider per document: it
/// remembers the first refusal, because PdfPig swallows some exceptions (a page that fails is skipped), and the reader
/// fails the document with it. It also checks the document's cancellation before every stream.
/// </summary>
internal sealed class BudgetedFilterProvider : IFilterProvider
{
    /// <summary>What all streams of one PDF may decode to together: 1 GiB, the pipeline's default memory budget per document.</summary>
    public const long DefaultMaxDocumentBytes = 1L << 30;

    private readonly IFilterProvider _inner;
    private string? _refusal;
    private long _decoded;

    public BudgetedFilterProvider(string uri, long maxStreamBytes, CancellationToken cancellation, IFilterProvider? inner = null, long maxDocumentBytes = DefaultMaxDocumentBytes)
    {
        Uri = uri;
        MaxStreamBytes = maxStreamBytes;
        MaxDocumentBytes = maxDocumentBytes;
        Cancellation = cancellation;
        _inner = inner ?? DefaultFilterProvider.Instance;
    }

    public string Uri { get; }

    public long MaxStreamBytes { get; }

    public long MaxDocumentBytes { get; }

    /// <summary>The bytes decoded so far by every filter of the document.</summary>
    public long Decoded => Interlocked.Read(ref _decoded);

    public CancellationToken Cancellation { get; }

    /// <summary>Why a stream was refused (the first one), or null when every stream fitted.</summary>
    public string? Refusal => Volatile.Read(ref _refusal);

    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    /// <summary>Counts <paramref name="bytes"/> decoded; throws the refusal once the document's streams together pass <see cref="MaxDocumentBytes"/>.</summary>
    public void Count(string filter, long bytes)
    {
        var total = Interlocked.Add(ref _decoded, bytes);
        if (total > MaxDocumentBytes)
        {
            var why = string.Create(
                CultureInfo.InvariantCulture,
                $"{Uri}: refused: the PDF's streams together expand past the {InputLimits.Megabytes(MaxDocumentBytes)} limit for one document (the last a {filter} stream; a decompression bomb or a damaged file)");
            Interlocked.CompareExchange(ref _refusal, why, null);
            throw new DocumentReadException(why);
        }
    }

    /// <summary>Records the refusal and throws it as a <see cref="DocumentReadException"/>.</summary>
    public DocumentReadException Refuse(string filter, long size, bool counted)
    {
        var what = counted ? "expands past" : "may expand past";
        var why = string.Create(
            CultureInfo.InvariantCulture,
            $"{Uri}: refused: a {filter} stream {what} the {InputLimits.Megabytes(MaxStreamBytes)} limit for one PDF stream ({(counted ? "at least " : "up to ")}{InputLimits.Megabytes(size)}; a decompression bomb or a damaged file)");
        Interlocked.CompareExchange(ref _refusal, why, null);
        return new DocumentReadException(why);
    }

    private List<IFilter> Wrap(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => f is BudgetedFilter ? f : new BudgetedFilter(f, this))];
}
