using System.Buffers.Text;
using System.Text;

namespace EclipseConformance.Load.Http;

/// <summary>The parts of an HTTP/1.1 response head the lean client needs to frame the body.</summary>
internal readonly record struct Http1ResponseHead(int StatusCode, long ContentLength, bool Chunked, bool Close)
{
    /// <summary>Parses a complete head (status line and headers, without the final blank line).</summary>
    public static Http1ResponseHead Parse(ReadOnlySpan<byte> head)
    {
        var lineEnd = head.IndexOf("\r\n"u8);
        var statusLine = lineEnd < 0 ? head : head[..lineEnd];
        if (statusLine.Length < 12 || !statusLine.StartsWith("HTTP/1."u8) || statusLine[8] != (byte)' '
            || !Utf8Parser.TryParse(statusLine.Slice(9, 3), out int status, out var used) || used != 3)
        {
            throw new InvalidDataException("Malformed HTTP status line.");
        }

        var http10 = statusLine[7] == (byte)'0';
        long contentLength = -1;
        bool chunked = false, close = http10;
        var rest = lineEnd < 0 ? ReadOnlySpan<byte>.Empty : head[(lineEnd + 2)..];
        while (!rest.IsEmpty)
        {
            var end = rest.IndexOf("\r\n"u8);
            var line = end < 0 ? rest : rest[..end];
            rest = end < 0 ? ReadOnlySpan<byte>.Empty : rest[(end + 2)..];
            var colon = line.IndexOf((byte)':');
            if (colon <= 0)
            {
                continue;
            }

            var name = line[..colon];
            var value = line[(colon + 1)..].Trim((byte)' ');
            if (name.Length == 14 && Ascii.EqualsIgnoreCase(name, "content-length"u8))
            {
                if (!Utf8Parser.TryParse(value, out contentLength, out var consumed) || consumed != value.Length || contentLength < 0)
                {
                    throw new InvalidDataException("Malformed Content-Length.");
                }
            }
            else if (name.Length == 17 && Ascii.EqualsIgnoreCase(name, "transfer-encoding"u8))
            {
                chunked = ContainsIgnoreCase(value, "chunked"u8);
            }
            else if (name.Length == 10 && Ascii.EqualsIgnoreCase(name, "connection"u8))
            {
                close = ContainsIgnoreCase(value, "close"u8) || (http10 && !ContainsIgnoreCase(value, "keep-alive"u8));
            }
        }

        return new Http1ResponseHead(status, chunked ? -1 : contentLength, chunked, close);
    }

    /// <summary>1xx, 204 and 304 responses never have a body.</summary>
    public bool HasNoBody => StatusCode is < 200 or 204 or 304;

    private static bool ContainsIgnoreCase(ReadOnlySpan<byte> value, ReadOnlySpan<byte> token)
    {
        for (var i = 0; i + token.Length <= value.Length; i++)
        {
            if (Ascii.EqualsIgnoreCase(value.Slice(i, token.Length), token))
            {
                return true;
            }
        }

        return false;
    }
}
