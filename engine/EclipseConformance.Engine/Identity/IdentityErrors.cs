using EclipseConformance.Engine.Errors;

namespace EclipseConformance.Engine.Identity;

/// <summary>The one place identity outcomes become HTTP statuses and envelope codes.</summary>
public static class IdentityErrors
{
    public static ApiError ToApiError(LoginResult result) => result.Status switch
    {
        LoginStatus.InvalidRequest => ApiError.Validation(result.Detail ?? "Invalid login request"),
        LoginStatus.BadCredentials => new ApiError(401, ErrorCodes.BadLogin, "Incorrect identity/password"),
        LoginStatus.PkiRequired => new ApiError(401, ErrorCodes.Security, "This identity must log in with its PKI key (login-challenges)"),
        LoginStatus.PkiNotEnabled => ApiError.Validation("PKI login is not enabled for this identity"),
        LoginStatus.ChallengeInvalid => new ApiError(401, ErrorCodes.Security, "The PKI challenge response is invalid, used or expired"),
        LoginStatus.TokenInvalid => new ApiError(401, ErrorCodes.Security, result.Detail ?? "Invalid or expired token"),
        _ => throw new ArgumentOutOfRangeException(nameof(result), result.Status, "Not an error status"),
    };
}
