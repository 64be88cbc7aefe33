using System.ComponentModel.DataAnnotations;

namespace EclipseConformance.Engine.Identity;

/// <summary>Authentication settings; each has a validated range (checked at start).</summary>
public sealed class IdentityOptions
{
    public const string Section = "Identity";

    /// <summary>JWT lifetime. The documented sample token lives 15 minutes (fact sheet 2.4).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>The <c>iss</c> claim.</summary>
    [Required]
    public string Issuer { get; set; } = "http://eclipse-conformance.local";

    /// <summary>PBKDF2-SHA256 work factor. Modest: this is a simulator, and tests log in often.</summary>
    [Range(1_000, 1_000_000)]
    public int PasswordHashIterations { get; set; } = 10_000;

    /// <summary>How long a PKI login challenge may be answered.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "00:30:00")]
    public TimeSpan ChallengeLifetime { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Whether global integrators may also log in with a password (a convenience; their real login is PKI).</summary>
    public bool AllowIntegratorPasswordLogin { get; set; } = true;

    /// <summary>Validated tokens remembered to keep signature checks off the hot path.</summary>
    [Range(100, 1_000_000)]
    public int ValidatedTokenCacheSize { get; set; } = 50_000;
}
