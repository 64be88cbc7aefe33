namespace EclipseConformance.Simulators.PayAt;

/// <summary>A processed payment, kept by the caller's reference: what was asked (fingerprint) and what was answered (JSON).</summary>
public sealed record PayAtPayment(string Reference, string Fingerprint, bool Approved, string AnswerJson);
