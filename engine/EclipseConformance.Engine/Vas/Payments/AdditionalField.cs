namespace EclipseConformance.Engine.Vas;

/// <summary>One <c>additionalFields</c> entry of a payment: <c>{id, value}</c> (e.g. msisdn, meterNumber, accountNumber).</summary>
public sealed record AdditionalField(string? Id, string? Value);
