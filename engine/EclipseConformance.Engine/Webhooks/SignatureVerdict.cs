namespace EclipseConformance.Engine.Webhooks;

/// <summary>The answer of a signature check, in the order the checks run.</summary>
public enum SignatureVerdict
{
    Valid,

    /// <summary>No header, or not <c>t=&lt;digits&gt;,v1=&lt;base64 of 32 bytes&gt;</c>.</summary>
    MalformedHeader,

    /// <summary>No v1 matches HMAC-SHA256(key, t + "." + body).</summary>
    SignatureMismatch,

    /// <summary>The signature matches but t is older than now − window (a replay).</summary>
    StaleTimestamp,

    /// <summary>The signature matches but t is later than now + window.</summary>
    FutureTimestamp,
}
