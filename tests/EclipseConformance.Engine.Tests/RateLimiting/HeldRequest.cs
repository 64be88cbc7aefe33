using System.Net.Sockets;
using System.Text;

namespace EclipseConformance.Engine.Tests.RateLimiting;

/// <summary>
/// A request written on its own socket with all its headers and only the first byte of its body: the engine has it
/// in its pipeline (holding its concurrency permit) until <see cref="CompleteAsync"/> sends the rest.
/// </summary>
internal sealed class HeldRequest : IAsyncDisposable
{
    private readonly TcpClient _tcp = new();
    private readonly byte[] _body;
    private NetworkStream _stream = null!;

    private HeldRequest(string json) => _body = Encoding.UTF8.GetBytes(json);

    public static async Task<HeldRequest> StartAsync(Uri baseAddress, string path, string bearer, string json)
    {
        var held = new HeldRequest(json);
        await held._tcp.ConnectAsync(baseAddress.Host, baseAddress.Port);
        held._stream = held._tcp.GetStream();
        var head = $"POST /{path} HTTP/1.1\r\nHost: {baseAddress.Authority}\r\nAuthorization: Bearer {bearer}\r\n" +
                   $"Content-Type: application/json\r\nContent-Length: {held._body.Length}\r\nConnection: close\r\n\r\n";
        await held._stream.WriteAsync(Encoding.ASCII.GetBytes(head));
        await held._stream.WriteAsync(held._body.AsMemory(0, 1));
        await held._stream.FlushAsync();
        return held;
    }

    /// <summary>Sends the rest of the body and returns the response's status code.</summary>
    public async Task<int> CompleteAsync()
    {
        await _stream.WriteAsync(_body.AsMemory(1));
        await _stream.FlushAsync();
        using var reader = new StreamReader(_stream, Encoding.ASCII, leaveOpen: true);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public ValueTask DisposeAsync()
    {
        _tcp.Dispose();
        return ValueTask.CompletedTask;
    }
}
