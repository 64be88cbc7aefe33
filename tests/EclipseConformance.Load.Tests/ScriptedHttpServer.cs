using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EclipseConformance.Load.Tests;

/// <summary>
/// A loopback TCP server that answers each request with the next scripted response, written in the given pieces
/// (to exercise parsing across reads). A response of null closes the connection without answering.
/// </summary>
internal sealed class ScriptedHttpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Queue<string[]?> _responses;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accept;
    private int _connections;

    public ScriptedHttpServer(params string[]?[] responses)
    {
        _responses = new Queue<string[]?>(responses);
        _listener.Start();
        _accept = AcceptAsync();
    }

    public Uri BaseAddress => new($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");

    public int Connections => Volatile.Read(ref _connections);

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Interlocked.Increment(ref _connections);
                _ = ServeAsync(client);
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            var buffer = new byte[8192];
            var received = new StringBuilder();
            while (!_stop.IsCancellationRequested)
            {
                var read = await stream.ReadAsync(buffer, _stop.Token);
                if (read == 0)
                {
                    return;
                }

                received.Append(Encoding.ASCII.GetString(buffer, 0, read));
                var text = received.ToString();
                var headEnd = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
                if (headEnd < 0 || text.Length < headEnd + 4 + ContentLength(text[..headEnd]))
                {
                    continue;
                }

                received.Clear();
                string[]? pieces;
                lock (_responses)
                {
                    pieces = _responses.Dequeue();
                }

                if (pieces is null)
                {
                    return;
                }

                foreach (var piece in pieces)
                {
                    await stream.WriteAsync(Encoding.ASCII.GetBytes(piece), _stop.Token);
                    await stream.FlushAsync(_stop.Token);
                    await Task.Delay(5, _stop.Token);
                }

                if (pieces.Any(p => p.Contains("Connection: close", StringComparison.Ordinal)))
                {
                    return;
                }
            }
        }
    }

    private static int ContentLength(string head)
    {
        foreach (var line in head.Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
            {
                return int.Parse(line["Content-Length:".Length..].Trim(), System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return 0;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accept;
        _stop.Dispose();
    }
}
