using System.Net;
using System.Net.Sockets;
using Extractor.Worker.Crawling;
using Extractor.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Extractor.Worker.Tests.Mocks;

/// <summary>
/// Routes made-up host names (site001.test …) to one test server on 127.0.0.1 through the handler's connect callback,
/// so a crawl of hundreds of sites runs without DNS or the internet; any other name fails like an unknown host.
/// </summary>
internal static class HostRouting
{
    public static void RouteTo(IServiceCollection services, int port, IReadOnlySet<string> hosts)
        => services.AddHttpClient(HttpFetcher.ClientName).ConfigurePrimaryHttpMessageHandler(() =>
        {
            var handler = WorkerHostExtensions.CreatePrimaryHandler();
            handler.ConnectCallback = async (context, cancellationToken) =>
            {
                if (!hosts.Contains(context.DnsEndPoint.Host))
                {
                    throw new SocketException((int)SocketError.HostNotFound);
                }

                var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
            return handler;
        });
}
