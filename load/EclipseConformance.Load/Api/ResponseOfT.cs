namespace EclipseConformance.Load;

/// <summary>A response carrying an optional payload (NBomber's <c>Response&lt;T&gt;</c>).</summary>
public sealed class Response<T> : IResponse
{
    internal Response(bool isError, T? payload, string statusCode, long sizeBytes, string message)
    {
        IsError = isError;
        Payload = payload;
        StatusCode = statusCode;
        SizeBytes = sizeBytes;
        Message = message;
    }

    public bool IsError { get; }

    public T? Payload { get; }

    public string StatusCode { get; }

    public long SizeBytes { get; }

    public string Message { get; }
}
