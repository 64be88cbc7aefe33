using System.Threading.RateLimiting;

namespace EclipseConformance.Engine.RateLimiting;

/// <summary>
/// The lease of one request: on success it holds the concurrency permits until the request completes (the middleware
/// disposes it then); on refusal it carries the <see cref="RateLimitRejection"/> the 429 answer is written from.
/// </summary>
public sealed class EclipseRateLease : RateLimitLease
{
    /// <summary>Granted without holding anything (limits off, or a route outside the Eclipse surface).</summary>
    public static readonly EclipseRateLease Unlimited = new(null, null);

    private static readonly string[] RejectionMetadata = [MetadataName.RetryAfter.Name, MetadataName.ReasonPhrase.Name];

    private RateLimitLease? _first;
    private RateLimitLease? _second;

    public EclipseRateLease(RateLimitLease? first, RateLimitLease? second)
    {
        _first = first;
        _second = second;
    }

    public EclipseRateLease(RateLimitRejection rejection) => Rejection = rejection;

    public RateLimitRejection? Rejection { get; }

    public override bool IsAcquired => Rejection is null;

    public override IEnumerable<string> MetadataNames => Rejection is null ? [] : RejectionMetadata;

    public override bool TryGetMetadata(string metadataName, out object? metadata)
    {
        metadata = Rejection is null ? null
            : metadataName == MetadataName.RetryAfter.Name ? Rejection.RetryAfter
            : metadataName == MetadataName.ReasonPhrase.Name ? Rejection.Description
            : null;
        return metadata is not null;
    }

    protected override void Dispose(bool disposing)
    {
        Interlocked.Exchange(ref _first, null)?.Dispose();
        Interlocked.Exchange(ref _second, null)?.Dispose();
        base.Dispose(disposing);
    }
}
