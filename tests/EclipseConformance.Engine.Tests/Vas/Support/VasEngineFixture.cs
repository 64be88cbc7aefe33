using EclipseConformance.Simulators;
using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// The real engine (manual clock, small demo world) for VAS tests: 3 transaction checks before giving up, so the
/// "never confirmed" path is short; everything else as shipped.
/// </summary>
public class VasEngineFixture : EngineFixture
{
    public FrontierWebSimulator FrontierWeb => Services.GetRequiredService<SimulatorSet>().FrontierWeb;

    protected override IEnumerable<string> ExtraArguments() => ["--Vas:MaxChecks=3", .. MoreArguments()];

    protected virtual IEnumerable<string> MoreArguments() => [];
}
