using System.Text.Json;

namespace EclipseConformance.Engine.Errors;

/// <summary>Writes Eclipse's error envelope: a JSON array of error objects carrying the request's trace ids.</summary>
public sealed class ErrorEnvelopeResult(ApiError error) : IResult, IStatusCodeHttpResult
{
    public ApiError Error => error;

    public int? StatusCode => error.Status;

    public Task ExecuteAsync(HttpContext httpContext) => WriteAsync(httpContext, error);

    public static async Task WriteAsync(HttpContext httpContext, ApiError error, IReadOnlyDictionary<string, string>? headers = null)
    {
        var trace = TraceContext.Of(httpContext);
        var envelope = new[]
        {
            new EclipseError(error.Type, error.Severity, error.Description, error.Code, trace.TraceId, trace.SpanId),
        };
        var response = httpContext.Response;
        response.StatusCode = error.Status;
        response.ContentType = "application/json";
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                response.Headers[name] = value;
            }
        }

        httpContext.Features.Set(error);
        await JsonSerializer.SerializeAsync(response.Body, envelope, ErrorJsonContext.Default.EclipseErrorArray, httpContext.RequestAborted);
    }
}
