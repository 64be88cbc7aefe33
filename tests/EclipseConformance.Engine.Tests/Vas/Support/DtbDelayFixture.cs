using EclipseConformance.Engine.Tests.Rules;
using EclipseConformance.Engine.Vas;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Fiorano;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// The real engine for the DTB confirmation-delay tests: a rules folder the tests write into, Fiorano's delay configured
/// as 12 s (<c>Simulators:fiorano:ConfirmationDelay</c>), and enough status polls (12) for a 30 s confirmation.
/// Moves the manual clock only while the VAS work processor is parked, so no poll timer is created mid-advance.
/// </summary>
public sealed class DtbDelayFixture : VasEngineFixture
{
    public static readonly TimeSpan ConfiguredDelay = TimeSpan.FromSeconds(12);

    private readonly TempRulesFolder _folder = new();

    public DtbDelayFixture() => RulesDirectory = _folder.Path;

    public FioranoSimulator Fiorano => Services.GetRequiredService<SimulatorSet>().Get<FioranoSimulator>();

    /// <summary>Writes (atomically) a file into the engine's rules folder; POST /sim/v1/rules/reload or the watcher picks it up.</summary>
    public void WriteRuleFile(string name, string text) => _folder.Write(name, text);

    protected override IEnumerable<string> MoreArguments() => ["--Vas:MaxPendingPolls=12", "--Simulators:fiorano:ConfirmationDelay=00:00:12"];

    /// <summary>Waits until the work processor is parked, moves the clock, and waits until the work that fell due is done.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        await WaitIdleAsync();
        Clock.Advance(by);
        await WaitIdleAsync();
    }

    /// <summary>Nudges the VAS work processor and waits (real time, bounded) until it is parked with nothing in flight, twice.</summary>
    public async Task WaitIdleAsync()
    {
        var processor = Services.GetRequiredService<VasWorkProcessor>();
        var signal = Services.GetRequiredService<VasWorkSignal>();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        for (var round = 0; round < 2; round++)
        {
            signal.Nudge();
            while (!processor.IsIdle)
            {
                await Task.Delay(5, patience.Token);
            }
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        _folder.Dispose();
    }
}
