namespace EclipseConformance.Load.Eclipse.Traffic;

/// <summary>What an engine call answered: the status code and the body size (bodies are not parsed on the hot path).</summary>
public readonly record struct Reply(int Status, long Bytes)
{
    public bool IsSuccess => Status is >= 200 and < 300;

    public IResponse ToResponse() =>
        IsSuccess ? Response.Ok(Http.Http.StatusCodeText(Status), Bytes) : Response.Fail(Http.Http.StatusCodeText(Status), string.Empty, Bytes);
}
