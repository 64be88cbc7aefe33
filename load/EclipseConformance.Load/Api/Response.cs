namespace EclipseConformance.Load;

/// <summary>Factory for scenario results, shaped like NBomber's <c>Response</c>.</summary>
public static class Response
{
    private static readonly Response<object> PlainOk = new(false, null, string.Empty, 0, string.Empty);

    /// <summary>A success without payload; allocation free.</summary>
    public static Response<object> Ok() => PlainOk;

    public static Response<object> Ok(string statusCode = "", long sizeBytes = 0, string message = "") =>
        statusCode.Length == 0 && sizeBytes == 0 && message.Length == 0
            ? PlainOk
            : new Response<object>(false, null, statusCode, sizeBytes, message);

    public static Response<T> Ok<T>(T payload, string statusCode = "", long sizeBytes = 0, string message = "") =>
        new(false, payload, statusCode, sizeBytes, message);

    public static Response<object> Fail(string statusCode = "", string message = "", long sizeBytes = 0) =>
        new(true, null, statusCode, sizeBytes, message);

    public static Response<T> Fail<T>(string statusCode = "", string message = "", long sizeBytes = 0, T? payload = default) =>
        new(true, payload, statusCode, sizeBytes, message);
}
