namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// A two-step provider (Scan to Pay, ACS, Kganya, Pay@, EasyPay, Cellulant): the POST selects the product (catalog,
/// network look-up) and answers BUILDING; the PUT holds the funds and completes upstream; an unknown completion is
/// settled by the provider's status query. Success captures the hold, failure releases it.
/// </summary>
internal sealed class TwoStepFlow(
    string name, string currency, string paymentData, decimal amount, (string Id, string Value)[] fields, IReadOnlyList<FlowStep> steps) : MatrixFlow(name)
{
    public override IReadOnlyList<FlowStep> Steps => steps;

    public override async Task<FlowRun> RunAsync(MatrixWorld world)
    {
        const decimal funds = 1_000m;
        var tenant = world.Tenant(currency);
        var payer = await world.CustomerAsync(tenant, funds);
        var before = await world.TenantBalancesAsync(tenant);
        using var client = await world.Engine.LoginAsync(tenant.Identity, tenant.Password);

        var post = await world.Clock.DriveAsync(world.TrackAsync("POST payment", client.PostAsync(
            $"tenants/{tenant.TenantId}/customers/{payer.CustomerId}/payments",
            new
            {
                additionalFields = fields.Select(f => new { id = f.Id, value = f.Value }).ToArray(),
                landingUrl = "https://www.google.com/",
                externalUniqueId = Guid.NewGuid().ToString(),
                paymentData,
                type = "GLOBAL_VAS",
                currency,
                walletId = payer.WalletId,
            })));
        if (post.Code != 200)
        {
            return await world.RejectedAsync(tenant, payer, funds, before);
        }

        var paymentId = post.Json!["paymentId"]!.GetValue<long>();
        await world.Clock.DriveAsync(world.TrackAsync("PUT payment", client.PutAsync(
            $"tenants/{tenant.TenantId}/payments/{paymentId}", new { amount, walletId = payer.WalletId, landingUrl = "https://www.google.com/" })));
        var payment = await world.PaymentUntilFinalAsync(client, tenant.TenantId, paymentId);
        return await world.VasRunAsync(tenant, payer, funds, before, payment);
    }
}
