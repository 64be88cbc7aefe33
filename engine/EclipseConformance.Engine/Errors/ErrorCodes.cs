namespace EclipseConformance.Engine.Errors;

/// <summary>
/// Eclipse application error codes. The documented ones come from fact sheet 7.2; the rest fill gaps the
/// documents leave (the insufficient-funds, duplicate and limit codes are unknown) and are recorded in ADR 0004.
/// </summary>
public static class ErrorCodes
{
    /// <summary>JSON parse error in the request.</summary>
    public const string JsonParse = "JPE001";

    /// <summary>Data constraint violation (missing or invalid field).</summary>
    public const string Validation = "VAL001";

    /// <summary>Entity not found.</summary>
    public const string NotFound = "ARCH086";

    /// <summary>Security exception: insufficient rights or invalid authentication data.</summary>
    public const string Security = "SEC001";

    /// <summary>Incorrect identity or password (the AIAUTH example; EFT-ERR's SEC005 is the alternative).</summary>
    public const string BadLogin = "USR002";

    /// <summary>Rejected by a rate limit.</summary>
    public const string RateLimited = "RLT001";

    /// <summary>Required configuration property missing.</summary>
    public const string ConfigMissing = "PNF001";

    /// <summary>Business rule violation (e.g. voucher network mismatch, insufficient funds, limits).</summary>
    public const string BusinessRule = "IAE001";

    /// <summary>Invalid parameter in context (e.g. a duplicate externalUniqueId with a different payload).</summary>
    public const string InvalidInContext = "IAE002";

    /// <summary>Web-application exception from a downstream integration.</summary>
    public const string Downstream = "DAE001";

    /// <summary>Unknown error: only ever a defect in the simulator.</summary>
    public const string Unknown = "UNK001";
}
