using EclipseConformance.Engine.Rules;
using EclipseConformance.Engine.Tenancy;
using EclipseConformance.TestKit;
using Microsoft.Extensions.DependencyInjection;

namespace EclipseConformance.Engine.Tests.Rules;

public class ConfigItemsApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Rules = """
        version: 1
        configItems:
          global:
            destination.wallet.config.VAS.20.ELECTRICITY: "9100"
            fees.amount.config.Pay.GLOBAL_DEFERRED.WALLET.20: "2.50"
            webhookAdditionalHeaders: X-Global,yes
          tenants:
            "1001":
              destination.wallet.config.VAS.20: "9200"
              HMACOutboundSignatureKey: HelloWorld
              mobilerecharge.cellulant.bundles.1001: [{ serviceCode: KE-DSTV }]
        """;

    [Fact]
    public async Task Eclipse_keys_fall_back_from_specific_to_general_in_the_tenant_then_to_the_global_items()
    {
        using var folder = new TempRulesFolder();
        folder.Write("config.yaml", Rules);
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        var config = engine.Services.GetRequiredService<EclipseConfig>();
        var tenantConfig = engine.Services.GetRequiredService<ITenantConfig>();

        (await config.VasDestinationWalletAsync(1001, 20, "ELECTRICITY", Ct)).Should().Be(9200, "the tenant's partner-level key beats the global category-level key");
        (await config.VasDestinationWalletAsync(1002, 20, "ELECTRICITY", Ct)).Should().Be(9100, "a tenant without the key inherits the global item");
        (await config.VasDestinationWalletAsync(1002, 20, "AIRTIME", Ct)).Should().BeNull();
        (await config.FeeAmountAsync(1001, 20, "ELECTRICITY", Ct)).Should().Be(2.50m, "category → partner → global");

        await tenantConfig.SetAsync(1001, "destination.wallet.config.VAS.20.ELECTRICITY", "9300", Ct);
        (await config.VasDestinationWalletAsync(1001, 20, "ELECTRICITY", Ct)).Should().Be(9300, "the most specific key of the tenant comes first");
        await tenantConfig.SetAsync(1001, "destination.wallet.config.VAS.20", "9400", Ct);
        (await config.VasDestinationWalletAsync(1001, 20, null, Ct)).Should().Be(9400, "a runtime item overrides the rule-file item");
        await tenantConfig.SetAsync(1001, "destination.wallet.config.VAS.20", null, Ct);
        (await config.VasDestinationWalletAsync(1001, 20, null, Ct)).Should().Be(9200, "removing the runtime item uncovers the rule-file value");

        (await config.HmacOutboundSignatureKeyAsync(1001, Ct)).Should().Be("HelloWorld");
        (await config.WebhookAdditionalHeadersAsync(1001, Ct)).Should().Equal([new KeyValuePair<string, string>("X-Global", "yes")]);
        (await config.CellulantBundlesAsync(1001, Ct)).Should().Be("""[{"serviceCode":"KE-DSTV"}]""");
        (await config.MobileRechargeProvidersAsync(1003, Ct)).Should().Equal(["com.ukheshe.services.mobilerecharge.provider.FrontierVasProvider"], "a tenant without its own list inherits the global one");
    }

    [Fact]
    public async Task Tenant_users_and_global_admins_read_and_write_config_items_through_the_api()
    {
        using var folder = new TempRulesFolder();
        folder.Write("config.yaml", Rules);
        await using var engine = new EngineFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        var tenant = engine.Seed.Tenants.First(t => t.TenantId == 1001);
        using var user = await engine.LoginAsync(tenant.Identity, tenant.Password);

        var items = await user.GetAsync("tenants/1001/config-items");
        items.Code.Should().Be(200);
        items.Json!.AsArray().Single(i => i!["key"]!.GetValue<string>() == "HMACOutboundSignatureKey")!["source"]!.GetValue<string>().Should().Be("rules");

        var put = await user.PutAsync("tenants/1001/config-items", new[] { new { key = "HMACOutboundSignatureKey", value = (string?)"Rotated" }, new { key = "fees.wallet.config.Pay.GLOBAL_DEFERRED.WALLET", value = (string?)"77" } });
        put.Code.Should().Be(200, put.Text);
        var after = put.Json!.AsArray();
        after.Single(i => i!["key"]!.GetValue<string>() == "HMACOutboundSignatureKey")!["value"]!.GetValue<string>().Should().Be("Rotated");
        after.Single(i => i!["key"]!.GetValue<string>() == "HMACOutboundSignatureKey")!["source"]!.GetValue<string>().Should().Be("runtime");

        var invalid = await user.PutAsync("tenants/1001/config-items", new[] { new { key = "webhookAdditionalHeaders", value = (string?)"X-A,1" }, new { key = "destination.wallet.config.VAS.20", value = (string?)"not-a-wallet" } });
        invalid.Code.Should().Be(400);
        invalid.ErrorCode.Should().Be("VAL001");
        invalid.Error["description"]!.GetValue<string>().Should().Contain("destination.wallet.config.VAS.20");
        (await user.GetAsync("tenants/1001/config-items")).OkArray().Select(i => i!["key"]!.GetValue<string>())
            .Should().NotContain("webhookAdditionalHeaders", "nothing of a refused request is written");

        (await user.GetAsync($"tenants/{engine.Seed.Tenants.First(t => t.TenantId != 1001).TenantId}/config-items")).Code.Should().Be(403);
        (await user.SendRawAsync(HttpMethod.Put, "tenants/1001/config-items", "{\"key\": 1}")).Code.Should().Be(400);

        using var admin = await engine.LoginAdminAsync();
        (await admin.GetAsync("tenants/1001/config-items")).Code.Should().Be(200);
        using var simulatorAdmin = engine.SimulatorAdmin();
        var global = await simulatorAdmin.PutAsync("/sim/v1/config-items", new[] { new { key = "mobilerecharge.providers", value = (string?)"A,B" } });
        global.Code.Should().Be(200, global.Text);
        (await engine.Services.GetRequiredService<EclipseConfig>().MobileRechargeProvidersAsync(1003, Ct)).Should().Equal("A", "B");
    }
}
