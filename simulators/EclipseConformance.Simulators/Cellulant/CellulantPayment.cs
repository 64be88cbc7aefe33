namespace EclipseConformance.Simulators.Cellulant;

/// <summary>A processed postPayment, by the payer's transaction id: what was asked (fingerprint) and the result (JSON object).</summary>
public sealed record CellulantPayment(string PayerTransactionId, string Fingerprint, int StatusCode, string ResultJson);
