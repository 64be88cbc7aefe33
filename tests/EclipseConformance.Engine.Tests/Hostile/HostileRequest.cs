using System.Text;

namespace EclipseConformance.Engine.Tests.Hostile;

/// <summary>One generated hostile request: what is sent, and a short description for the failure report.</summary>
public sealed record HostileRequest(ApiOperation Operation, string Path, byte[]? Body, string? ContentType, string Why)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), Path.TrimStart('/'));
        if (Body is not null)
        {
            var content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }

            message.Content = content;
        }

        return message;
    }

    public override string ToString()
    {
        var body = Body is null ? "" : Encoding.UTF8.GetString(Body);
        return $"{Operation.Method} {Trim(Path, 200)} [{ContentType}] ({Why}) {Trim(body, 300)}";
    }

    private static string Trim(string text, int max) => text.Length > max ? text[..max] + $"…({text.Length} chars)" : text;
}
