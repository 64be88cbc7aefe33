using System.Buffers.Text;
using System.Text;

namespace EclipseConformance.Load.Eclipse.Traffic;

/// <summary>
/// Writes one HTTP/1.1 keep-alive request (method, path, Authorization, optional JSON body) into a buffer owned by one
/// scenario copy, so the lean client sends it without allocating. Not thread-safe: one per copy.
/// </summary>
internal sealed class RawRequestWriter(string basePath, string hostHeader)
{
    private byte[] _buffer = new byte[4096];

    public ReadOnlyMemory<byte> Write(string method, string path, string authorization, ReadOnlySpan<byte> body)
    {
        var needed = method.Length + basePath.Length + path.Length + hostHeader.Length + authorization.Length + body.Length + 160;
        if (_buffer.Length < needed)
        {
            _buffer = new byte[Math.Max(needed, _buffer.Length * 2)];
        }

        var span = _buffer.AsSpan();
        var n = 0;
        n += Ascii(method, span[n..]);
        span[n++] = (byte)' ';
        n += Ascii(basePath, span[n..]);
        n += Ascii(path, span[n..]);
        n += Copy(" HTTP/1.1\r\nHost: "u8, span[n..]);
        n += Ascii(hostHeader, span[n..]);
        n += Copy("\r\nAuthorization: "u8, span[n..]);
        n += Ascii(authorization, span[n..]);
        if (!body.IsEmpty || method is "POST" or "PUT")
        {
            n += Copy("\r\nContent-Type: application/json\r\nContent-Length: "u8, span[n..]);
            Utf8Formatter.TryFormat(body.Length, span[n..], out var digits);
            n += digits;
        }

        n += Copy("\r\n\r\n"u8, span[n..]);
        n += Copy(body, span[n..]);
        return _buffer.AsMemory(0, n);
    }

    private static int Ascii(string text, Span<byte> destination) => Encoding.ASCII.GetBytes(text, destination);

    private static int Copy(ReadOnlySpan<byte> source, Span<byte> destination)
    {
        source.CopyTo(destination);
        return source.Length;
    }
}
