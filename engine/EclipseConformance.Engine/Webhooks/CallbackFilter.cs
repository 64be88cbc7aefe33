namespace EclipseConformance.Engine.Webhooks;

/// <summary>Filters of <c>GET /sim/v1/callbacks</c>; every one is optional, the page is bounded.</summary>
public sealed record CallbackFilter(long? TenantId, CallbackStatus? Status, string? Reference, string? Kind, int Limit, int Offset);
