using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Control;

public class JournalFixture : EngineFixture
{
    protected override IEnumerable<string> ExtraArguments() => ["--Journal:Capacity=25"];
}

public class JournalApiTests(JournalFixture engine) : IClassFixture<JournalFixture>
{
    [Fact]
    public async Task Every_Eclipse_call_is_journaled_with_caller_status_and_latency_newest_first()
    {
        using var client = await engine.LoginTenantAsync();
        var tenant = engine.Seed.Tenants[0];
        await client.GetAsync($"tenants/{tenant.TenantId}/wallets/{tenant.WalletIds[0]}");
        await client.GetAsync($"tenants/{tenant.TenantId}/wallets/987654321");

        using var sim = engine.SimulatorAdmin();
        var journal = (await sim.GetAsync($"/sim/v1/journal?caller={tenant.Identity}&limit=2")).OkArray();
        journal.Should().HaveCount(2);
        journal[0]!["path"]!.GetValue<string>().Should().EndWith("/wallets/987654321");
        journal[0]!["status"]!.GetValue<int>().Should().Be(404);
        journal[0]!["errorCode"]!.GetValue<string>().Should().Be("ARCH086");
        journal[0]!["tenantId"]!.GetValue<long>().Should().Be(tenant.TenantId);
        journal[1]!["status"]!.GetValue<int>().Should().Be(200);
        journal[1]!["latencyMs"]!.GetValue<double>().Should().BeGreaterThan(0);
        journal[1]!["responseBody"]!.GetValue<string>().Should().Contain("\"walletId\"");
    }

    [Fact]
    public async Task The_journal_keeps_only_the_last_N_calls()
    {
        using var client = engine.Anonymous();
        for (var i = 0; i < 40; i++)
        {
            await client.PostAsync("authentication/login", new { identity = "nobody-" + i, password = "whatever" });
        }

        using var sim = engine.SimulatorAdmin();
        var all = (await sim.GetAsync("/sim/v1/journal?limit=1000")).OkArray();
        all.Should().HaveCount(25);
        all[0]!["requestBody"]!.GetValue<string>().Should().Contain("nobody-39");
    }

    [Fact]
    public async Task Passwords_tokens_and_personal_numbers_never_leave_the_journal_in_clear()
    {
        using var tenant = await engine.LoginTenantAsync();
        await tenant.PostAsync($"tenants/{engine.Seed.Tenants[0].TenantId}/customers", new
        {
            externalUniqueId = Guid.NewGuid().ToString(),
            firstName = "Zanele",
            lastName = "Khumalo",
            nationalIdentityNumber = "9001014800086",
            passportNumber = "A12345678",
        });
        using var sim = engine.SimulatorAdmin();
        var text = (await sim.GetAsync("/sim/v1/journal?limit=1000")).Text;
        text.Should().NotContain(engine.Seed.Tenants[0].Password);
        text.Should().NotContain(tenant.Token!);
        text.Should().NotContain("9001014800086");
        text.Should().NotContain("A12345678");
        text.Should().Contain("**********086");
    }

    [Fact]
    public async Task The_journal_can_be_filtered_and_cleared()
    {
        using var client = engine.Anonymous();
        await client.PostAsync("authentication/login", new { identity = "filter-me", password = "whatever" });
        using var sim = engine.SimulatorAdmin();
        (await sim.GetAsync("/sim/v1/journal?status=401&path=login")).OkArray().Should().NotBeEmpty();
        (await sim.GetAsync("/sim/v1/journal?limit=0")).Code.Should().Be(400);
        (await sim.DeleteAsync("/sim/v1/journal")).Code.Should().Be(204);
        (await sim.GetAsync("/sim/v1/journal?path=/authentication/login")).OkArray().Should().BeEmpty();
    }
}
