namespace Extractor.Pdf.Geometry;

/// <summary>Turns PDF user space (origin bottom-left, y up) into page points from the top-left corner.</summary>
/// <param name="Left">The x of the visible page's left edge in user space.</param>
/// <param name="Top">The y of the visible page's top edge in user space.</param>
/// <param name="Width">Page width in points.</param>
/// <param name="Height">Page height in points.</param>
internal readonly record struct PageFrame(double Left, double Top, double Width, double Height)
{
    public double X(double userX) => userX - Left;

    public double Y(double userY) => Top - userY;
}
