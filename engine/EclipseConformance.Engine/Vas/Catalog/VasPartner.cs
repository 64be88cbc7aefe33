namespace EclipseConformance.Engine.Vas;

/// <summary>One partner of <c>GET /tenants/{t}/vas/catalogs</c> (S-VAS shape) with its products.</summary>
public sealed record VasPartner(long PartnerId, string PartnerName, long ProviderId, IReadOnlyList<VasProduct> Products);
