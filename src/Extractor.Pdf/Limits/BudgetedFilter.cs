using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace Extractor.Pdf.Limits;

/// <summary>One of PdfPig's filters under the per-stream budget of its <see cref="BudgetedFilterProvider"/>.</summary>
internal sealed class BudgetedFilter : IFilter
{
    private readonly IFilter _inner;
    private readonly BudgetedFilterProvider _owner;

    public BudgetedFilter(IFilter inner, BudgetedFilterProvider owner)
    {
        _inner = inner;
        _owner = owner;
    }

    public bool IsSupported => _inner.IsSupported;

    public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
    {
        // A stream is the unit PdfPig cannot be interrupted inside: the document's budget or Ctrl-C is honoured here too.
        _owner.Cancellation.ThrowIfCancellationRequested();
        var limit = _owner.MaxStreamBytes;
        var name = DecodedSize.NameOf(_inner);
        var size = DecodedSize.Measure(_inner, input.Span, streamDictionary, filterIndex, limit);
        if (size is { } measured)
        {
            if (measured.Bytes > limit)
            {
                throw _owner.Refuse(name, measured.Bytes, measured.Counted);
            }

            if (measured.Counted)
            {
                // Known exactly: counted against the document before PdfPig spends the time and memory to decode it.
                _owner.Count(name, measured.Bytes);
            }
        }

        var output = _inner.Decode(input, streamDictionary, filterProvider, filterIndex);
        if (output.Length > limit)
        {
            throw _owner.Refuse(name, output.Length, counted: true);
        }

        if (size is not { Counted: true })
        {
            _owner.Count(name, output.Length);
        }

        return output;
    }
}
