using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;

namespace EclipseConformance.Load.Http;

/// <summary>
/// One keep-alive HTTP/1.1 connection without pipelining: send a prebuilt request, read the response head,
/// skip the body (Content-Length, chunked, or until close). About a send and a receive per request, so the
/// load generator leaves the CPU to the target. A failed exchange closes the socket; the next request
/// reconnects. Requests are never retried (a POST must not be sent twice behind the caller's back).
/// </summary>
internal sealed class Http1Connection(EndPoint endPoint) : IAsyncDisposable
{
    /// <summary>Largest response head accepted.</summary>
    public const int MaxHeadBytes = 16 * 1024;

    private readonly byte[] _buffer = new byte[MaxHeadBytes * 2];
    private Socket? _socket;
    private int _start;
    private int _end;
    private int _busy;

    public long Connects { get; private set; }

    public async ValueTask<RawHttpResponse> SendAsync(ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            throw new InvalidOperationException("This connection is already in use by another request of the same scenario copy.");
        }

        try
        {
            _socket ??= await ConnectAsync(cancellationToken);
            for (var sent = 0; sent < request.Length;)
            {
                sent += await _socket.SendAsync(request[sent..], SocketFlags.None, cancellationToken);
            }

            Http1ResponseHead head;
            do
            {
                head = await ReadHeadAsync(cancellationToken);
            }
            while (head.StatusCode is >= 100 and < 200);

            long body;
            if (head.HasNoBody)
            {
                body = 0;
            }
            else if (head.Chunked)
            {
                body = await SkipChunkedAsync(cancellationToken);
            }
            else if (head.ContentLength >= 0)
            {
                body = await SkipAsync(head.ContentLength, cancellationToken);
            }
            else
            {
                body = await SkipToEndAsync(cancellationToken);
                head = head with { Close = true };
            }

            if (head.Close || _end > _start)
            {
                Close();
            }

            return new RawHttpResponse(head.StatusCode, body);
        }
        catch
        {
            Close();
            throw;
        }
        finally
        {
            Volatile.Write(ref _busy, 0);
        }
    }

    public ValueTask DisposeAsync()
    {
        Close();
        return ValueTask.CompletedTask;
    }

    private async ValueTask<Socket> ConnectAsync(CancellationToken cancellationToken)
    {
        var socket = new Socket(endPoint.AddressFamily, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(endPoint, cancellationToken);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        Connects++;
        _start = _end = 0;
        return socket;
    }

    private void Close()
    {
        _socket?.Dispose();
        _socket = null;
        _start = _end = 0;
    }

    private async ValueTask<Http1ResponseHead> ReadHeadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n\r\n"u8);
            if (end >= 0)
            {
                var head = Http1ResponseHead.Parse(_buffer.AsSpan(_start, end));
                _start += end + 4;
                return head;
            }

            if (_end - _start >= MaxHeadBytes)
            {
                throw new InvalidDataException($"Response head longer than {MaxHeadBytes} bytes.");
            }

            await FillAsync(cancellationToken);
        }
    }

    private async ValueTask<long> SkipAsync(long count, CancellationToken cancellationToken)
    {
        var remaining = count;
        while (remaining > 0)
        {
            if (_end == _start)
            {
                await FillAsync(cancellationToken);
            }

            var take = (int)Math.Min(remaining, _end - _start);
            _start += take;
            remaining -= take;
        }

        return count;
    }

    private async ValueTask<long> SkipChunkedAsync(CancellationToken cancellationToken)
    {
        long total = 0;
        while (true)
        {
            var line = await ReadLineAsync(cancellationToken);
            var sizeText = line.AsSpan(0, line.AsSpan().IndexOf((byte)';') is var semicolon and >= 0 ? semicolon : line.Length).Trim((byte)' ');
            if (!Utf8Parser.TryParse(sizeText, out long size, out var used, 'X') || used != sizeText.Length || size < 0)
            {
                throw new InvalidDataException("Malformed chunk size.");
            }

            if (size == 0)
            {
                while ((await ReadLineAsync(cancellationToken)).Length > 0)
                {
                    // Trailer fields are ignored.
                }

                return total;
            }

            total += await SkipAsync(size, cancellationToken);
            if ((await ReadLineAsync(cancellationToken)).Length != 0)
            {
                throw new InvalidDataException("Chunk not followed by CRLF.");
            }
        }
    }

    private async ValueTask<byte[]> ReadLineAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var end = _buffer.AsSpan(_start, _end - _start).IndexOf("\r\n"u8);
            if (end >= 0)
            {
                var line = _buffer.AsSpan(_start, end).ToArray();
                _start += end + 2;
                return line;
            }

            if (_end - _start >= MaxHeadBytes)
            {
                throw new InvalidDataException("Chunk header line too long.");
            }

            await FillAsync(cancellationToken);
        }
    }

    private async ValueTask<long> SkipToEndAsync(CancellationToken cancellationToken)
    {
        long total = _end - _start;
        _start = _end = 0;
        int read;
        while ((read = await _socket!.ReceiveAsync(_buffer.AsMemory(), SocketFlags.None, cancellationToken)) > 0)
        {
            total += read;
        }

        return total;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _socket!.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, cancellationToken);
        if (read == 0)
        {
            throw new IOException("The server closed the connection before the response was complete.");
        }

        _end += read;
    }
}
