using System.Net;

namespace EclipseConformance.Load.Eclipse.Api;

/// <summary>An engine call during setup or verification answered something other than success.</summary>
public sealed class EclipseApiException(string message, HttpStatusCode status, string body) : Exception($"{message}: {(int)status} {Trim(body)}")
{
    public HttpStatusCode Status { get; } = status;

    public string Body { get; } = body;

    private static string Trim(string body) => body.Length <= 400 ? body : body[..400] + "…";
}
