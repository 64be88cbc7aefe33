namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>The current balances of a tenant's VAS settlement wallet and fee wallet.</summary>
internal sealed record TenantBalances(decimal Settlement, decimal Fees);
