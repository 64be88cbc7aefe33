using System.Text.Json.Nodes;

namespace EclipseConformance.Engine.Vas;

/// <summary>One Beep call's answer: the HTTP-level answer, the auth status code and the first result (status code and object).</summary>
public sealed record CellulantAnswer(VasJsonAnswer Http, int? AuthStatus, JsonObject? Result)
{
    public const int AuthSuccess = 131;
    public const int PaymentAccepted = 139;
    public const int TransactionNotFound = 143;
    public const int BillFound = 173;
    public const int BillNotFound = 174;
    public const int PaymentDelivered = 183;

    public int? Status => Result?["statusCode"] is JsonValue v && v.TryGetValue<int>(out var code) ? code : null;

    public string? Description => Result?["statusDescription"]?.ToString();

    /// <summary>Authenticated and carrying a result with a status code.</summary>
    public bool IsUsable => Http.IsOk && AuthStatus == AuthSuccess && Status is not null;

    public string Describe() => !Http.IsOk ? Http.Describe(CellulantProvider.Upstream)
        : AuthStatus != AuthSuccess ? $"Cellulant authentication failed ({AuthStatus}): {Http.Body?["authStatus"]?["authStatusDescription"]}"
        : $"Cellulant answered {Status}: {Description}";
}
