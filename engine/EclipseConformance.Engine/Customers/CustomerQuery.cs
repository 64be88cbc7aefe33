namespace EclipseConformance.Engine.Customers;

public sealed record CustomerQuery(string? ExternalUniqueId, string? PhoneKey, string? NationalIdentityNumber, int Limit, int Offset);
