using System.Text.Json.Nodes;
using System.Globalization;
using EclipseConformance.Engine.Tests.Withdrawals;
using EclipseConformance.Simulators.AtmNetwork;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// A cash withdrawal token (ZA_PAYCORP_ATM, delivered by SMS): the POST reserves the money and issues the token; the
/// delivery worker registers it with the ATM network and then texts it, retrying on the engine's schedule. Once
/// delivered (and the engine has heard the gateway accept its SMS), the customer redeems it at the network (settled); a
/// token that cannot be delivered ends ERROR (released).
/// </summary>
internal sealed class WithdrawalFlow() : MatrixFlow("Withdrawal token")
{
    public override IReadOnlyList<FlowStep> Steps { get; } =
    [
        new(AtmNetworkSimulator.SimulatorName, "Register", StepPhase.Delivery),
        new("sms", "Send", StepPhase.Delivery),
    ];

    public override async Task<FlowRun> RunAsync(MatrixWorld world)
    {
        const decimal funds = 100m;
        var tenant = world.Engine.Seed.Tenants[0];
        var phone = WithdrawalWorld.NewPhone();
        var payer = await world.CustomerAsync(tenant, funds, phone);
        var before = new TenantBalances((await world.WalletAsync(tenant.TenantId, tenant.FloatWalletId)).Current, 0m);
        using var client = await world.Engine.LoginAsync(tenant.Identity, tenant.Password);
        var path = $"tenants/{tenant.TenantId}/wallets/{payer.WalletId}/withdrawals";

        var created = await world.Clock.DriveAsync(world.TrackAsync("POST withdrawal", client.PostAsync(path, WithdrawalWorld.Body(40m, phone))));
        if (created.Code != 200)
        {
            return new FlowRun("REJECTED", true, false, tenant.TenantId, payer.WalletId, funds, 0m, 0m, before, before);
        }

        var id = created.Json!["withdrawalId"]!.GetValue<long>();
        var token = created.Json["token"]?.GetValue<string>();
        var atm = world.Simulators.Get<AtmNetworkSimulator>();
        string status = "";
        await world.Clock.AdvanceUntilAsync(async () =>
        {
            var read = await world.TrackAsync("GET withdrawal", client.GetAsync($"{path}/{id}"));
            read.Json.Should().BeOfType<JsonObject>($"the withdrawal reads back: {read.Code} {read.Text}");
            status = read.Json!["status"]!.GetValue<string>();
            return status != "PENDING"
                || (atm.Tokens.Find(id.ToString(CultureInfo.InvariantCulture)) is not null && world.Simulators.Sms.Inbox.Messages(phone).Count > 0 && EngineHeardTheSms());
        });
        // The engine heard an unfaulted acceptance of its SMS: after a send whose answer was lost, that is its repeat, so a
        // duplicate text would be in the inbox by now (the row asserts there is none).
        bool EngineHeardTheSms() => world.Simulators.Sms.Journal.Entries().Any(e => e.Operation == "Send" && e.FaultId is null
            && e.StatusCode is >= 200 and < 300 && e.RequestBody.Contains($"\"withdrawal-{id}\"", StringComparison.Ordinal));

        if (status == "PENDING")
        {
            using var sim = world.Engine.SimulatorAdmin();
            await world.TrackAsync("redeem", sim.PostAsync($"/sim/v1/withdrawals/{id}/redeem", new { token }));
        }

        var final = (await world.TrackAsync("GET withdrawal", client.GetAsync($"{path}/{id}"))).Json!;
        status = final["status"]!.GetValue<string>();
        var after = new TenantBalances((await world.WalletAsync(tenant.TenantId, tenant.FloatWalletId)).Current, 0m);
        return new FlowRun(
            status, status is "SUCCESSFUL" or "ERROR" or "EXPIRED" or "CANCELLED", status == "SUCCESSFUL", tenant.TenantId, payer.WalletId, funds,
            final["amount"]!.GetValue<decimal>(), final["fee"]?.GetValue<decimal>() ?? 0m, before, after,
            atm.Tokens.Find(id.ToString(CultureInfo.InvariantCulture))?.Token ?? token, [.. world.Simulators.Sms.Inbox.Messages(phone).Select(m => m.Message)]);
    }
}
