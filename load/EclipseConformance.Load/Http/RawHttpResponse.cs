namespace EclipseConformance.Load.Http;

/// <summary>What the lean HTTP/1.1 client reports: the status code and how many body bytes were read.</summary>
public readonly record struct RawHttpResponse(int StatusCode, long BodyBytes)
{
    public bool IsSuccess => StatusCode is >= 200 and < 300;
}
