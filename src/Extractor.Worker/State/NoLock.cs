namespace Extractor.Worker.State;

/// <summary>A lock there is nobody to share with: one worker on its own SQLite file always holds it.</summary>
internal sealed class NoLock : IDisposable
{
    public static readonly NoLock Instance = new();

    public void Dispose()
    {
    }
}
