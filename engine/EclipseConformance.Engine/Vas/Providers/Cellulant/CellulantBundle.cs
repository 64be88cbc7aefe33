namespace EclipseConformance.Engine.Vas;

/// <summary>
/// One service a tenant sells through Cellulant, from its <c>mobilerecharge.cellulant.bundles.{tenantId}</c> JSON:
/// <c>serviceCode</c> (required, e.g. KE-DSTV), <c>name</c>, <c>description</c>, <c>category</c> (fee/settlement keys),
/// <c>accountLabel</c> and <c>accountRegex</c> (what the account number looks like).
/// </summary>
public sealed record CellulantBundle(string ServiceCode, string Name, string? Description, string? Category, string? AccountLabel, string? AccountRegex);
