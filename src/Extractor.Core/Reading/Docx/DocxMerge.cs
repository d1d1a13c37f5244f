namespace Extractor.Core.Reading.Docx;

/// <summary>A cell's part in a merge (w:vMerge, w:hMerge).</summary>
internal enum DocxMerge
{
    /// <summary>Not merged.</summary>
    None,

    /// <summary>The first cell of a merged region (w:val="restart"); it keeps the text.</summary>
    Restart,

    /// <summary>Covered by the cell before it (w:val="continue" or no w:val).</summary>
    Continue,
}
