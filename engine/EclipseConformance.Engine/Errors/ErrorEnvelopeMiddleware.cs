using System.Text.Json;

namespace EclipseConformance.Engine.Errors;

/// <summary>
/// Guarantees the promise "every status ≥ 400 carries Eclipse's envelope, and client input never causes a 500":
/// framework rejections (malformed JSON, wrong types, oversized bodies, unknown routes, auth challenges) become
/// envelopes; an unexpected exception is logged and answered with UNK001, never a stack trace.
/// </summary>
public sealed partial class ErrorEnvelopeMiddleware(RequestDelegate next, ILogger<ErrorEnvelopeMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await next(context);
        }
        catch (BadHttpRequestException ex) when (!context.Response.HasStarted)
        {
            await ErrorEnvelopeResult.WriteAsync(context, FromBadRequest(ex));
            return;
        }
        catch (JsonException ex) when (!context.Response.HasStarted)
        {
            await ErrorEnvelopeResult.WriteAsync(context, FromJson(ex));
            return;
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (!context.Response.HasStarted)
        {
            LogUnexpected(logger, ex, context.Request.Method, context.Request.Path);
            context.Response.Clear();
            await ErrorEnvelopeResult.WriteAsync(
                context,
                new ApiError(StatusCodes.Status500InternalServerError, ErrorCodes.Unknown, "An unexpected error occurred", "HIGH", "SYSTEM"));
            return;
        }

        if (context.Response.StatusCode >= 400 && !context.Response.HasStarted && context.Features.Get<ApiError>() is null
            && context.Response.ContentLength is null or 0)
        {
            await ErrorEnvelopeResult.WriteAsync(context, ForBareStatus(context));
        }
    }

    internal static ApiError FromBadRequest(BadHttpRequestException ex) => ex.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => new ApiError(413, ErrorCodes.Validation, "Request body too large"),
        StatusCodes.Status415UnsupportedMediaType => new ApiError(415, ErrorCodes.JsonParse, "Content-Type must be application/json"),
        _ when FindJsonException(ex) is { } json => FromJson(json),
        _ when ex.Message.Contains("no body was provided", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("body was empty", StringComparison.OrdinalIgnoreCase)
            => new ApiError(400, ErrorCodes.Validation, "A JSON request body is required"),
        _ when ex.Message.StartsWith("Failed to bind parameter", StringComparison.Ordinal)
            || ex.Message.Contains("query string", StringComparison.OrdinalIgnoreCase)
            || ex.Message.Contains("route value", StringComparison.OrdinalIgnoreCase)
            => new ApiError(400, ErrorCodes.Validation, CleanParameterMessage(ex.Message)),
        _ => new ApiError(ex.StatusCode is >= 400 and < 500 ? ex.StatusCode : 400, ErrorCodes.JsonParse, "The request could not be read"),
    };

    internal static ApiError FromJson(JsonException ex)
    {
        var where = string.IsNullOrEmpty(ex.Path) ? "" : $" at {ex.Path}";
        var reason = ex.Message.Contains("could not be converted", StringComparison.Ordinal)
            ? "a value has the wrong type"
            : ex.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase)
                ? "a property appears more than once"
                : ex.Message.Contains("maximum configured depth", StringComparison.OrdinalIgnoreCase)
                    ? "the document is nested too deeply"
                    : "the body is not valid JSON";
        return new ApiError(400, ErrorCodes.JsonParse, $"Malformed JSON{where}: {reason}");
    }

    private static JsonException? FindJsonException(Exception ex)
    {
        for (var e = ex.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                return json;
            }
        }

        return null;
    }

    private static string CleanParameterMessage(string message)
    {
        // "Failed to bind parameter "long walletId" from "abc"." → keep the parameter name and value only.
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start >= 0 ? message.IndexOf('"', start + 1) : -1;
        if (start < 0 || end < 0)
        {
            return "A route or query parameter is invalid";
        }

        var parameter = message[(start + 1)..end];
        var name = parameter.Contains(' ', StringComparison.Ordinal) ? parameter[(parameter.LastIndexOf(' ') + 1)..] : parameter;
        return $"Parameter '{name}' is invalid";
    }

    private static ApiError ForBareStatus(HttpContext context) => context.Response.StatusCode switch
    {
        401 => new ApiError(401, ErrorCodes.Security, context.Features.Get<AuthFailure>()?.Reason ?? "Authentication required"),
        403 => new ApiError(403, ErrorCodes.Security, "Not allowed"),
        404 => new ApiError(404, ErrorCodes.NotFound, "Resource not found"),
        405 => new ApiError(405, ErrorCodes.Validation, "Method not allowed"),
        413 => new ApiError(413, ErrorCodes.Validation, "Request body too large"),
        415 => new ApiError(415, ErrorCodes.JsonParse, "Content-Type must be application/json"),
        429 => new ApiError(429, ErrorCodes.RateLimited, "Rate limit exceeded; retry in a later window"),
        503 => new ApiError(503, ErrorCodes.Unknown, "Service unavailable", "HIGH", "SYSTEM"),
        var status => new ApiError(status, ErrorCodes.Unknown, "Request failed"),
    };

    [LoggerMessage(Level = LogLevel.Error, Message = "Unexpected failure handling {Method} {Path}")]
    private static partial void LogUnexpected(ILogger logger, Exception exception, string method, string path);
}
