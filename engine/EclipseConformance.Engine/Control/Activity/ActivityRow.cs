namespace EclipseConformance.Engine.Control.Activity;

/// <summary>
/// One payment or withdrawal as the dashboard lists it: who, what, how much, the state now, and (for one item) its
/// state history.
/// </summary>
public sealed record ActivityRow(
    string Kind,
    long Id,
    long TenantId,
    long WalletId,
    string ExternalUniqueId,
    string Type,
    string? Product,
    decimal Amount,
    decimal Fee,
    string Currency,
    string Status,
    string? State,
    bool? HasExtraInfo,
    string? ErrorDescription,
    string? CallbackUrl,
    string Created,
    string LastModified,
    IReadOnlyList<ActivityEvent>? History = null);
