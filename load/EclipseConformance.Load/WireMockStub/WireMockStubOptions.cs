namespace EclipseConformance.Load.WireMockStub;

public sealed record WireMockStubOptions
{
    /// <summary>Loopback by default; load tests only ever target this machine.</summary>
    public string Host { get; init; } = "127.0.0.1";

    /// <summary>0: the OS picks a free port (the server reports the one it got).</summary>
    public int Port { get; init; }

    public void Validate()
    {
        if (Port is < 0 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port is between 0 and 65535.");
        }

        if (!System.Net.IPAddress.TryParse(Host, out _))
        {
            throw new ArgumentException($"Host '{Host}' is not an IP address.", nameof(Host));
        }
    }
}
