using System.Net;
using System.Net.Sockets;

namespace Showcase.Testing;

public static class FreePorts
{
    /// <summary>A loopback port nobody listens on right now, so test hosts running side by side never collide.</summary>
    public static int Next()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
