namespace EclipseConformance.Engine.Customers;

/// <summary><c>POST /tenants/{t}/customers/{c}/identities</c>: a username/password or PKI identity for a customer.</summary>
public sealed record CreateIdentityRequest(string? Identity, string? Password, string? Base64EncodedPublicKey);
