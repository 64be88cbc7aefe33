using EclipseConformance.Engine.Tests.Rules;

namespace EclipseConformance.Engine.Tests.Lookup;

/// <summary>The lookup's policy and decision rules come from rule files; each test has its own engine.</summary>
public class LookupPolicyTests
{
    [Fact]
    public async Task With_PHONE_OR_TWO_a_phone_alone_finds_its_wallets_but_other_single_criteria_still_find_nothing()
    {
        using var folder = new TempRulesFolder();
        folder.Write("lookup.yaml", "version: 1\npolicies:\n  lookup:\n    matchRule: PHONE_OR_TWO\n");
        await using var engine = new LookupFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        using var integrator = await engine.LoginIntegratorAsync();

        (await integrator.RecordsAsync(("phone", "0831239876"))).WalletIds().Should().Equal(engine.Known.WalletId);
        (await integrator.RecordsAsync(("lastName", engine.Known.LastName))).Should().BeEmpty();
        (await integrator.RecordsAsync(("nationalIdentityNumber", engine.Known.NationalId))).Should().BeEmpty();
        (await integrator.RecordsAsync(("phone", engine.Known.Phone), ("lastName", "Nobody"))).WalletIds().Should().Equal([engine.Known.WalletId],
            "the phone matches; the wrong surname does not take it away");
        (await integrator.RecordsAsync(("nationalIdentityNumber", engine.Known.NationalId), ("passportNumber", engine.Known.Passport)))
            .WalletIds().Should().Equal(engine.Known.WalletId);
    }

    [Fact]
    public async Task Transferable_true_leaves_out_tenants_that_do_not_accept_cross_tenant_payments()
    {
        await using var engine = new LookupFixture();
        await engine.InitializeAsync();
        await engine.ExecuteAsync("UPDATE tenants SET accepts_cross_tenant = 0 WHERE tenant_id = @tenantId", new { tenantId = engine.Known.TenantId });
        using var integrator = await engine.LoginIntegratorAsync();
        (string, string)[] pair = [("nationalIdentityNumber", engine.Known.NationalId), ("passportNumber", engine.Known.Passport)];

        var all = await integrator.RecordsAsync(pair);
        all.WalletIds().Should().Equal(engine.Known.WalletId);
        all[0]!["transferable"]!.GetValue<bool>().Should().BeFalse();
        (await integrator.RecordsAsync([.. pair, ("transferable", "true")])).Should().BeEmpty();
    }

    [Fact]
    public async Task A_lookup_decision_rule_can_refuse_a_search_with_its_own_code()
    {
        using var folder = new TempRulesFolder();
        folder.Write("rules.yaml", """
            version: 1
            rules:
              - name: no-fishing-by-surname-and-id
                on: lookup
                when: { all: ["lastName != \"\"", "nationalIdentityNumber != \"\"", "criteriaCount == 2"] }
                then: { action: reject, status: 400, code: IAE001, description: Search by phone or wallet reference instead }
            """);
        await using var engine = new LookupFixture { RulesDirectory = folder.Path };
        await engine.InitializeAsync();
        using var integrator = await engine.LoginIntegratorAsync();

        var refused = await integrator.LookupAsync(("lastName", engine.Known.LastName), ("nationalIdentityNumber", engine.Known.NationalId));
        refused.Code.Should().Be(400);
        refused.ErrorCode.Should().Be("IAE001");
        refused.Error["description"]!.GetValue<string>().Should().Be("Search by phone or wallet reference instead");
        (await integrator.RecordsAsync(("phone", engine.Known.Phone), ("nationalIdentityNumber", engine.Known.NationalId))).WalletIds().Should().Equal(engine.Known.WalletId);
    }
}
