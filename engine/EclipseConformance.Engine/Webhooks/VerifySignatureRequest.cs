namespace EclipseConformance.Engine.Webhooks;

/// <summary>
/// <c>POST /sim/v1/signatures/verify</c>: the <c>Eclipse-Signature</c> header value, the raw body exactly as received
/// (a JSON string; UTF-8), the shared key, and optionally <c>now</c> in ms since epoch (default: the engine's clock).
/// </summary>
public sealed record VerifySignatureRequest(string? Header, string? Body, string? Key, long? Now);
