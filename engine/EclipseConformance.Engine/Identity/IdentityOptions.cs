using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Identity;

/// <summary>
/// Authentication settings; each has a validated range (checked at start). The token lifetime, the bad-login code and
/// whether integrators may use their password are policies (rule files: <c>policies.jwt</c>, <c>policies.conflicts</c>).
/// </summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>The <c>iss</c> claim.</summary>
    [Required]
    public string Issuer { get; set; } = "http://eclipse-conformance.local";

    /// <summary>PBKDF2-SHA256 work factor. Modest: this is a simulator, and tests log in often.</summary>
    [Range(1_000, 1_000_000)]
    public int PasswordHashIterations { get; set; } = 10_000;

    /// <summary>How long a PKI login challenge may be answered.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Validated tokens remembered to keep signature checks off the hot path.</summary>
    [Range(100, 1_000_000)]
    public int ValidatedTokenCacheSize { get; set; } = 50_000;
}
