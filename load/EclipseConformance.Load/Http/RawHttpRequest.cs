using System.Globalization;
using System.Text;

namespace EclipseConformance.Load.Http;

/// <summary>Builds the exact bytes of an HTTP/1.1 keep-alive request once, to be sent many times.</summary>
public static class RawHttpRequest
{
    public static byte[] Build(string method, Uri target, string path, ReadOnlySpan<byte> body = default, string contentType = "application/json",
        IEnumerable<KeyValuePair<string, string>>? headers = null)
    {
        ArgumentNullException.ThrowIfNull(target);
        ArgumentException.ThrowIfNullOrWhiteSpace(method);
        var uri = new Uri(target, path);
        var head = new StringBuilder();
        head.Append(method).Append(' ').Append(uri.PathAndQuery).Append(" HTTP/1.1\r\n");
        head.Append("Host: ").Append(uri.IsDefaultPort ? uri.Host : $"{uri.Host}:{uri.Port}").Append("\r\n");
        foreach (var (name, value) in headers ?? [])
        {
            if (name.AsSpan().IndexOfAny("\r\n:") >= 0 || value.AsSpan().IndexOfAny("\r\n") >= 0)
            {
                throw new ArgumentException($"Header '{name}' contains a line break or a colon in its name.", nameof(headers));
            }

            head.Append(name).Append(": ").Append(value).Append("\r\n");
        }

        if (body.Length > 0 || method is "POST" or "PUT" or "PATCH")
        {
            head.Append("Content-Type: ").Append(contentType).Append("\r\n");
            head.Append("Content-Length: ").Append(body.Length.ToString(CultureInfo.InvariantCulture)).Append("\r\n");
        }

        head.Append("\r\n");
        var headBytes = Encoding.ASCII.GetBytes(head.ToString());
        var request = new byte[headBytes.Length + body.Length];
        headBytes.CopyTo(request, 0);
        body.CopyTo(request.AsSpan(headBytes.Length));
        return request;
    }
}
