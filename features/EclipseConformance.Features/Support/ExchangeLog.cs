using System.Text;

namespace EclipseConformance.Features.Support;

/// <summary>The HTTP exchanges of one scenario, attached to the report when the scenario fails.</summary>
public sealed class ExchangeLog
{
    private const int MaxBody = 4_000;
    private readonly List<string> _entries = [];

    public void Add(HttpRequestMessage request, string? requestBody, HttpResponseMessage response, string responseBody)
    {
        var text = new StringBuilder();
        text.Append(request.Method).Append(' ').AppendLine(request.RequestUri?.PathAndQuery);
        if (requestBody is { Length: > 0 })
        {
            text.AppendLine(Trim(requestBody));
        }

        text.Append("→ ").Append((int)response.StatusCode).Append(' ').AppendLine(response.ReasonPhrase);
        if (responseBody.Length > 0)
        {
            text.AppendLine(Trim(responseBody));
        }

        lock (_entries)
        {
            _entries.Add(text.ToString());
        }
    }

    public string Render()
    {
        lock (_entries)
        {
            return string.Join(Environment.NewLine, _entries.TakeLast(12));
        }
    }

    public bool IsEmpty
    {
        get
        {
            lock (_entries)
            {
                return _entries.Count == 0;
            }
        }
    }

    private static string Trim(string body) => body.Length <= MaxBody ? body : body[..MaxBody] + "…";
}
