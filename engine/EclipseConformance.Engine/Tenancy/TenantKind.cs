namespace EclipseConformance.Engine.Tenancy;

public static class TenantKind
{
    /// <summary>An ordinary tenant with customers and wallets.</summary>
    public const string Standard = "STANDARD";

    /// <summary>A global integrator: no customers, funding wallets that pay into any tenant (S-GI).</summary>
    public const string GlobalIntegrator = "GLOBAL_INTEGRATOR";

    /// <summary>The platform itself (home of the global administrator).</summary>
    public const string Platform = "PLATFORM";
}
