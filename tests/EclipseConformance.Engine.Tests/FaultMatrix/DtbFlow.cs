namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// DTB (Kenya or Uganda) through Fiorano: the POST checks the product against Fiorano's catalog, holds the funds and
/// submits (PENDING); the work queue asks PaymentStatus until the payment is confirmed (captured) or not (released).
/// </summary>
internal sealed class DtbFlow(string name, string currency, string phone, string paymentData, decimal amount) : MatrixFlow(name)
{
    private const string Sim = "fiorano";

    public override IReadOnlyList<FlowStep> Steps { get; } =
    [
        new(Sim, "Catalog", StepPhase.Select),
        new(Sim, "Payment", StepPhase.Sale),
        new(Sim, "PaymentStatus", StepPhase.Confirm),
    ];

    public override async Task<FlowRun> RunAsync(MatrixWorld world)
    {
        var funds = amount * 10;
        var tenant = world.Tenant(currency);
        var payer = await world.CustomerAsync(tenant, funds, phone);
        var before = await world.TenantBalancesAsync(tenant);
        using var client = await world.Engine.LoginAsync(tenant.Identity, tenant.Password);

        var post = await world.Clock.DriveAsync(world.TrackAsync("POST payment", client.PostAsync(
            $"tenants/{tenant.TenantId}/customers/{payer.CustomerId}/payments",
            new
            {
                externalUniqueId = Guid.NewGuid().ToString(),
                type = "GLOBAL_VAS",
                paymentData,
                amount,
                currency,
                additionalFields = Array.Empty<object>(),
                walletId = payer.WalletId,
                customFraudChecks = false,
            })));
        if (post.Code != 200)
        {
            return await world.RejectedAsync(tenant, payer, funds, before);
        }

        var payment = await world.PaymentUntilFinalAsync(client, tenant.TenantId, post.Json!["paymentId"]!.GetValue<long>());
        return await world.VasRunAsync(tenant, payer, funds, before, payment);
    }
}
