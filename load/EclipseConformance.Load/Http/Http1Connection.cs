using System.Buffers.Text;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;

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
    private CancellationToken _registeredToken;
    private CancellationTokenRegistration _registration;

    public long Connects { get; private set; }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    public async ValueTask<RawHttpResponse> SendAsync(ReadOnlyMemory<byte> request, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _busy, 1) != 0)
        {
            throw new InvalidOperationException("This connection is already in use by another request of the same scenario copy.");
        }

        // Socket operations run without a token (registering one per operation costs as much as a small request);
        // cancellation instead closes the socket once, which fails the pending operation.
        if (cancellationToken != _registeredToken)
        {
            _registration.Dispose();
            _registeredToken = cancellationToken;
            _registration = cancellationToken.Register(static state => ((Http1Connection)state!).Close(), this);
        }

        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            _socket ??= await ConnectAsync(cancellationToken);
            for (var sent = 0; sent < request.Length;)
            {
                sent += await _socket.SendAsync(request[sent..], SocketFlags.None, CancellationToken.None);
            }

            Http1ResponseHead head;
            do
            {
                head = await ReadHeadAsync();
            }
            while (head.StatusCode is >= 100 and < 200);

            long body;
            if (head.HasNoBody)
            {
                body = 0;
            }
            else if (head.Chunked)
            {
                body = await SkipChunkedAsync();
            }
            else if (head.ContentLength >= 0)
            {
                body = await SkipAsync(head.ContentLength);
            }
            else
            {
                body = await SkipToEndAsync();
                head = head with { Close = true };
            }

            if (head.Close || _end > _start)
            {
                Close();
            }

            return new RawHttpResponse(head.StatusCode, body);
        }
        catch (Exception ex) when (cancellationToken.IsCancellationRequested && ex is not OperationCanceledException)
        {
            Close();
            throw new OperationCanceledException("The request was cancelled.", ex, cancellationToken);
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
        _registration.Dispose();
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
        Interlocked.Exchange(ref _socket, null)?.Dispose();
        _start = _end = 0;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<Http1ResponseHead> ReadHeadAsync()
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

            await FillAsync();
        }
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder<>))]
    private async ValueTask<long> SkipAsync(long count)
    {
        var remaining = count;
        while (remaining > 0)
        {
            if (_end == _start)
            {
                await FillAsync();
            }

            var take = (int)Math.Min(remaining, _end - _start);
            _start += take;
            remaining -= take;
        }

        return count;
    }

    private async ValueTask<long> SkipChunkedAsync()
    {
        long total = 0;
        while (true)
        {
            var line = await ReadLineAsync();
            var sizeText = line.AsSpan(0, line.AsSpan().IndexOf((byte)';') is var semicolon and >= 0 ? semicolon : line.Length).Trim((byte)' ');
            if (!Utf8Parser.TryParse(sizeText, out long size, out var used, 'X') || used != sizeText.Length || size < 0)
            {
                throw new InvalidDataException("Malformed chunk size.");
            }

            if (size == 0)
            {
                while ((await ReadLineAsync()).Length > 0)
                {
                    // Trailer fields are ignored.
                }

                return total;
            }

            total += await SkipAsync(size);
            if ((await ReadLineAsync()).Length != 0)
            {
                throw new InvalidDataException("Chunk not followed by CRLF.");
            }
        }
    }

    private async ValueTask<byte[]> ReadLineAsync()
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

            await FillAsync();
        }
    }

    private async ValueTask<long> SkipToEndAsync()
    {
        long total = _end - _start;
        _start = _end = 0;
        int read;
        while ((read = await _socket!.ReceiveAsync(_buffer.AsMemory(), SocketFlags.None, CancellationToken.None)) > 0)
        {
            total += read;
        }

        return total;
    }

    [AsyncMethodBuilder(typeof(PoolingAsyncValueTaskMethodBuilder))]
    private async ValueTask FillAsync()
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        var read = await _socket!.ReceiveAsync(_buffer.AsMemory(_end), SocketFlags.None, CancellationToken.None);
        if (read == 0)
        {
            throw new IOException("The server closed the connection before the response was complete.");
        }

        _end += read;
    }
}
