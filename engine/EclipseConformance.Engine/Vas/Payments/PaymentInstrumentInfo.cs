namespace EclipseConformance.Engine.Vas;

/// <summary>The instrument a payment used; for wallet-funded VAS the wallet holder's phone.</summary>
public sealed record PaymentInstrumentInfo(string? CardPhone);
