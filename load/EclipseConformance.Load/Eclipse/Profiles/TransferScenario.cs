using EclipseConformance.Load.Eclipse.Traffic;

namespace EclipseConformance.Load.Eclipse.Profiles;

/// <summary>The "transfer" scenario of the spread profiles: a fresh GUID key, two random wallets of the copy's tenant, 0.01–100.00.</summary>
public static class TransferScenario
{
    public const string Name = "transfer";

    public const long MaxCents = 10_000;

    public static async Task<(ScenarioProps Scenario, TransferSender Sender)> CreateAsync(
        EclipseRun run, WalletSpread spread, int scenarioIndex, string description, CancellationToken cancellationToken, string name = Name)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(spread);
        var caller = await run.NewCallerAsync(copy => WalletSpread.IdentityOf(run, copy), cancellationToken);
        var sender = new TransferSender(caller, run.Wallets, run.Book.NewLog(name, caller.Copies), description);
        var random = Enumerable.Range(0, caller.Copies).Select(c => run.RandomFor(scenarioIndex, c)).ToArray();
        var scenario = Scenario.Create(name, async context =>
        {
            var copy = context.ScenarioInfo.InstanceNumber;
            var (from, to, cents) = Next(spread, ref random[copy], copy);
            return (await sender.SendAsync(context, from, to, cents, run.NewKey())).ToResponse();
        });
        return (scenario, sender);
    }

    private static (int From, int To, long Cents) Next(WalletSpread spread, ref SplitMix64 random, int copy)
    {
        var (from, to) = spread.Pair(ref random, copy);
        return (from, to, random.Between(1, MaxCents));
    }
}
