using EclipseConformance.Load.Eclipse.Traffic;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>Who sends the mixed profile's non-transfer requests.</summary>
internal static class MixedIdentities
{
    /// <summary>The seed's global integrator (password login; every copy its own session).</summary>
    public static EclipseIdentity Integrator(EclipseRun run) =>
        new(run.Seed.GlobalIntegrator.Identity, run.Seed.GlobalIntegrator.Password, run.Seed.GlobalIntegrator.TenantId);
}
