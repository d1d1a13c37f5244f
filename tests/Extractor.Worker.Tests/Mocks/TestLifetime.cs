using Microsoft.Extensions.Hosting;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>An application lifetime that records StopApplication.</summary>
internal sealed class TestLifetime : IHostApplicationLifetime
{
    public bool StopRequested { get; private set; }

    public CancellationToken ApplicationStarted => CancellationToken.None;

    public CancellationToken ApplicationStopping => CancellationToken.None;

    public CancellationToken ApplicationStopped => CancellationToken.None;

    public void StopApplication() => StopRequested = true;
}
