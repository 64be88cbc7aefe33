using System.Text;
using WireMock;

namespace EclipseConformance.Simulators;

/// <summary>A request as a simulator sees it: wire facts plus the operation its route named.</summary>
public sealed class SimRequest
{
    private readonly Dictionary<string, string> _headers;
    private RequestFieldReader? _fields;

    public SimRequest(
        string method,
        string path,
        string body,
        DateTimeOffset receivedAt,
        IReadOnlyDictionary<string, string>? headers = null,
        string query = "")
    {
        Method = method.ToUpperInvariant();
        Path = path;
        Body = body;
        ReceivedAt = receivedAt;
        Query = query;
        _headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                _headers[name] = value;
            }
        }
    }

    public string Method { get; }

    public string Path { get; }

    /// <summary>The raw query string without the leading '?', or empty.</summary>
    public string Query { get; }

    public string Body { get; }

    public DateTimeOffset ReceivedAt { get; }

    /// <summary>The provider operation (e.g. "Vend", "Send", "Lookup") once the route has classified it.</summary>
    public string? Operation { get; internal set; }

    public IReadOnlyDictionary<string, string> Headers => _headers;

    public string? Header(string name) => _headers.TryGetValue(name, out var value) ? value : null;

    /// <summary>
    /// A field of the body: an XPath for XML (namespaces ignored; a bare name means "//name") or a
    /// JSON path for JSON ("$.a.b[0]"; a bare name means "$.name"). Null when absent or unparseable.
    /// </summary>
    public string? Field(string path) => (_fields ??= new RequestFieldReader(Body)).Read(path);

    internal static SimRequest From(IRequestMessage message, DateTimeOffset receivedAt)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (message.Headers is not null)
        {
            foreach (var (name, values) in message.Headers)
            {
                headers[name] = string.Join(",", values);
            }
        }

        var body = message.Body
            ?? (message.BodyAsBytes is { } bytes ? Encoding.UTF8.GetString(bytes) : string.Empty);
        var query = message.RawQuery?.TrimStart('?') ?? string.Empty;
        return new SimRequest(message.Method, message.Path, body, receivedAt, headers, query);
    }
}
