namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary>
/// Ten wallets each ask, at the same moment, for a R5,000 token to one phone: exactly four fit under R24,000 — on any
/// store. Different source wallets, so no wallet lock serialises them; only the per-phone decision does.
/// </summary>
internal static class LimitRace
{
    public static async Task RunAsync(WithdrawalWorld world)
    {
        var phone = WithdrawalWorld.NewPhone();
        var wallets = new List<long>();
        for (var i = 0; i < 10; i++)
        {
            wallets.Add(await world.CustomerWalletAsync(5_000m));
        }

        using var tenant = await world.Engine.LoginTenantAsync();
        using var start = new SemaphoreSlim(0);
        var requests = wallets.Select(async wallet =>
        {
            await start.WaitAsync();
            return await WithdrawalWorld.CreateAsync(tenant, world.TenantId, wallet, WithdrawalWorld.Body(5_000m, phone));
        }).ToList();
        start.Release(wallets.Count);
        var answers = await Task.WhenAll(requests);

        answers.Count(a => a.Code == 200).Should().Be(4, string.Join("\n", answers.Select(a => a.ToString())));
        answers.Where(a => a.Code != 200).Should().OnlyContain(a => a.Code == 400 && a.ErrorCode == "IAE001");
        var available = 0m;
        foreach (var wallet in wallets)
        {
            available += (await world.SnapshotAsync(wallet)).Available;
        }

        available.Should().Be(6 * 5_000m, "only the four accepted tokens reserved money");
        (await world.InvariantsHoldAsync()).Should().BeTrue();
    }
}
