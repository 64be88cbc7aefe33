namespace EclipseConformance.Simulators.EasyPay;

/// <summary>A processed transaction, kept by the client's reference: what was asked (fingerprint) and the answer (JSON).</summary>
public sealed record EasyPayTransaction(string ClientReference, string Fingerprint, bool Approved, string AnswerJson);
