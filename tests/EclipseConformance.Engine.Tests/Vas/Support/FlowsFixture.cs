using EclipseConformance.Engine.Tests.Vas.Support.TestProviders;
using EclipseConformance.Engine.Vas;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Vas.Support;

/// <summary>
/// The engine with two test providers (two-step partner 901, pending partner 902) on a real WireMock upstream, enabled
/// for the Botswana tenant next to FrontierWeb, with a 1.50 fee on partner 901.
/// </summary>
public sealed class FlowsFixture : VasEngineFixture
{
    public TestUpstream Upstream { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.AddSingleton(new TestUpstreamAddress(new Uri(Upstream.Url)));
        services.AddVasProvider<TestTwoStepProvider>();
        services.AddVasProvider<TestPendingProvider>();
    }

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var tenant = Seed.Tenants.First(t => t.Currency == "BWP");
        using var client = await LoginAsync(tenant.Identity, tenant.Password);
        var response = await client.PutAsync($"tenants/{tenant.TenantId}/config-items", new[]
        {
            new { key = "mobilerecharge.providers", value = $"{FrontierWebProvider.ClassName},{TestTwoStepProvider.ClassName},{TestPendingProvider.ClassName}" },
            new { key = "fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.901", value = "1.50" },
        });
        if (response.Code != 200)
        {
            throw new InvalidOperationException(response.Text);
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Upstream.Dispose();
    }
}
