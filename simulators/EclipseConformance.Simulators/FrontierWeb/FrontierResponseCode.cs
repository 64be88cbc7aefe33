namespace EclipseConformance.Simulators.FrontierWeb;

/// <summary>
/// The simulator's <c>responseCode</c> values (0 = approved). Declines also carry
/// thirdPartyResponse.thirdPartyErrorResponse {errorCode, errorMessage}.
/// </summary>
public static class FrontierResponseCode
{
    public const int Approved = 0;
    public const int InvalidItem = 11;
    public const int ValidationFailed = 12;
    public const int InvalidAmount = 13;
    public const int AmountOutsideLimits = 14;
    public const int DuplicateRequestId = 15;
    public const int OperationNotAllowed = 16;
    public const int MissingField = 17;
    public const int NothingToReprint = 20;
    public const int SystemError = 91;
}
