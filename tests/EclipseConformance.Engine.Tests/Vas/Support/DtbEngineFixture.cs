using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Fiorano;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// The real engine with the hosted Fiorano simulator for the DTB tests: 4 status polls (5 s apart on the manual clock)
/// before a PENDING payment gives up, so the "never confirmed" path is short; everything else as shipped.
/// </summary>
public sealed class DtbEngineFixture : VasEngineFixture
{
    public FioranoSimulator Fiorano => Services.GetRequiredService<SimulatorSet>().Get<FioranoSimulator>();

    protected override IEnumerable<string> MoreArguments() => ["--Vas:MaxPendingPolls=4"];
}
