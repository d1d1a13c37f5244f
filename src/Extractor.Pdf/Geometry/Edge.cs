namespace Extractor.Pdf.Geometry;

/// <summary>A ruling line segment: horizontal ones sit at y = Position from x = Start to End, vertical ones the other way round.</summary>
internal readonly record struct Edge(bool IsHorizontal, double Position, double Start, double End)
{
    public double Length => End - Start;
}
