namespace EclipseConformance.Engine.Identity;

/// <summary>Every way a login, renew or challenge request can end.</summary>
public enum LoginStatus
{
    Ok,
    InvalidRequest,
    BadCredentials,
    PkiRequired,
    PkiNotEnabled,
    ChallengeInvalid,
    TokenInvalid,

    /// <summary>A login decision rule (rule files, <c>on: login</c>) refused the login.</summary>
    RejectedByRule,
}
