using EclipseConformance.Engine.Errors;
using EclipseConformance.Engine.Rules;

namespace EclipseConformance.Engine.Identity;

/// <summary>The one place identity outcomes become HTTP statuses and envelope codes.</summary>
public static class IdentityErrors
{
    /// <summary>The envelope for a failed identity outcome; the bad-login code follows the active policy (USR002 or SEC005).</summary>
    public static ApiError ToApiError(LoginResult result, ConflictSettings conflicts) => result.Status switch
    {
        LoginStatus.InvalidRequest => ApiError.Validation(result.Detail ?? "Invalid login request"),
        LoginStatus.BadCredentials => new ApiError(401, conflicts.BadLoginErrorCode, "Incorrect identity/password"),
        LoginStatus.RejectedByRule => result.Rejection ?? ApiError.Forbidden("Login refused by a rule"),
        LoginStatus.PkiRequired => new ApiError(401, ErrorCodes.Security, "This identity must log in with its PKI key (login-challenges)"),
        LoginStatus.PkiNotEnabled => ApiError.Validation("PKI login is not enabled for this identity"),
        LoginStatus.ChallengeInvalid => new ApiError(401, ErrorCodes.Security, "The PKI challenge response is invalid, used or expired"),
        LoginStatus.TokenInvalid => new ApiError(401, ErrorCodes.Security, result.Detail ?? "Invalid or expired token"),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, "Not an error status"),
    };
}
