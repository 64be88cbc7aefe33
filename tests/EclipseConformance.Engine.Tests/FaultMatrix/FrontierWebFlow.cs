using EclipseConformance.Engine.Tests.Vas.Support;

namespace EclipseConformance.Engine.Tests.FaultMatrix;

/// <summary>
/// FrontierWeb's one-step utility token (the document's 20_1248_1247, meter 21500123456, BWP 180): the POST settles the
/// money, the engine pre-vends and vends, and after an unknown vend asks TransactionCheck; a failure reverses the settlement.
/// </summary>
internal sealed class FrontierWebFlow() : MatrixFlow("FrontierWeb")
{
    private const string Sim = "frontierweb";

    public override IReadOnlyList<FlowStep> Steps { get; } =
    [
        new(Sim, "GetProductList", StepPhase.Select),
        new(Sim, "PreVend", StepPhase.Select),
        new(Sim, "Vend", StepPhase.Sale),
        new(Sim, "TransactionCheck", StepPhase.Confirm, LoseSaleAnswerFirst: true),
    ];

    public override async Task<FlowRun> RunAsync(MatrixWorld world)
    {
        const decimal funds = 1_000m;
        var tenant = world.Tenant("BWP");
        var payer = await world.CustomerAsync(tenant, funds);
        var before = await world.TenantBalancesAsync(tenant);
        using var client = await world.Engine.LoginAsync(tenant.Identity, tenant.Password);
        var (body, _) = DocumentRequests.For(DocumentRequests.Utility, payer.WalletId);

        var post = await world.Clock.DriveAsync(world.TrackAsync("POST payment",
            client.SendRawAsync(HttpMethod.Post, $"tenants/{tenant.TenantId}/customers/{payer.CustomerId}/payments", body)));
        if (post.Code != 200)
        {
            return await world.RejectedAsync(tenant, payer, funds, before);
        }

        var payment = await world.PaymentUntilFinalAsync(client, tenant.TenantId, post.Json!["paymentId"]!.GetValue<long>());
        return await world.VasRunAsync(tenant, payer, funds, before, payment);
    }
}
