using System.Globalization;

namespace EclipseConformance.Load.Eclipse.Profiles.Mixed;

/// <summary>
/// <c>GET /global/wallets?lastName=…&amp;phone=…</c> as the global integrator, for a random sample customer of the seed
/// (two matching criteria, so each lookup finds the customer's wallets). Read-only: nothing to verify afterwards
/// beyond the status. The runner's own engine runs without rate limits; against a target with them, RLT001 answers
/// count as errors (that is what a payroll run that searches every time would meet).
/// </summary>
public sealed class LookupOperation : IMixedOperation
{
    public string Name => "lookup";

    public int Weight => 10;

    public async Task<ScenarioProps> CreateAsync(EclipseRun run, WalletSpread spread, int index, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        var people = (run.Seed.SampleCustomers ?? []).Where(c => c.Phone.Length > 0).ToArray();
        if (people.Length == 0)
        {
            throw new InvalidOperationException("The target's seed lists no sample customers to look up.");
        }

        var paths = people.Select(p => string.Create(CultureInfo.InvariantCulture,
            $"eclipse-conductor/rest/v1/global/wallets?lastName={Uri.EscapeDataString(p.LastName)}&phone={Uri.EscapeDataString(p.Phone)}")).ToArray();
        var caller = await run.NewCallerAsync(_ => MixedIdentities.Integrator(run), cancellationToken);
        var random = Enumerable.Range(0, caller.Copies).Select(c => run.RandomFor(index, c)).ToArray();
        return Scenario.Create(Name, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var path = paths[random[copy].Below(paths.Length)];
            return (await caller.CallAsync(context, "GET", path, ReadOnlyMemory<byte>.Empty)).ToResponse();
        });
    }
}
