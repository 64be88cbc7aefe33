using EclipseConformance.Engine.Tests.Vas.Support;
using EclipseConformance.Simulators;
using EclipseConformance.Simulators.Mnp;

namespace EclipseConformance.Engine.Tests.Vas;

/// <summary><c>GET /tenants/{t}/vas/{msisdn}</c> through the MNP simulator over HTTP: MTN 4, Vodacom 5, anything else 0.</summary>
public class NetworkLookupTests(VasEngineFixture engine) : IClassFixture<VasEngineFixture>
{
    private readonly SouthAfricaVas _za = new(engine);

    [Theory]
    [InlineData("27831234567", 4, "MTN", true, false)]
    [InlineData("0821234567", 5, "Vodacom", true, false)]
    [InlineData("+27 82 123 4567", 0, null, false, false)]
    [InlineData("27831000099", 5, "Vodacom", true, true)]
    [InlineData("27841234567", 0, "Cell C", false, false)]
    [InlineData("26771234567", 0, "Mascom", false, false)]
    [InlineData("27501234567", 0, "UNKNOWN", false, false)]
    public async Task A_number_is_answered_with_its_network_id_and_unsupported_or_unknown_networks_with_0(
        string msisdn, int networkId, string? name, bool supported, bool ported)
    {
        using var client = await _za.LoginAsync();

        var answer = await client.GetAsync($"tenants/{SouthAfricaVas.TenantId}/vas/{Uri.EscapeDataString(msisdn)}");

        if (name is null)
        {
            answer.Code.Should().Be(400, "spaces are not part of a number");
            answer.ErrorCode.Should().Be("VAL001");
            return;
        }

        answer.Code.Should().Be(200, answer.Text);
        answer.Json!["networkId"]!.GetValue<int>().Should().Be(networkId);
        answer.Json!["networkName"]!.GetValue<string>().Should().Be(name);
        answer.Json!["supported"]!.GetValue<bool>().Should().Be(supported);
        answer.Json!["ported"]!.GetValue<bool>().Should().Be(ported);
        (answer.Json!["description"] is not null).Should().Be(!supported, "an unsupported number says why");
    }

    [Fact]
    public async Task A_number_moved_to_another_network_is_answered_with_the_new_one()
    {
        using var client = await _za.LoginAsync();
        var mnp = _za.Simulator<MnpSimulator>();
        mnp.SetNetwork("27821234599", "ZA-MTN");
        try
        {
            var answer = await client.GetAsync($"tenants/{SouthAfricaVas.TenantId}/vas/27821234599");
            answer.Json!["networkId"]!.GetValue<int>().Should().Be(4);
            answer.Json!["ported"]!.GetValue<bool>().Should().BeTrue();
        }
        finally
        {
            mnp.RemoveNetworkOverride("27821234599");
        }
    }

    [Fact]
    public async Task When_the_MNP_database_is_down_the_lookup_answers_DAE001_and_a_voucher_cannot_be_checked()
    {
        using var client = await _za.LoginAsync();
        var mnp = _za.Simulator<MnpSimulator>();
        var fault = mnp.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Lookup"), Outcome = FaultOutcome.HttpError(503) });
        try
        {
            var answer = await client.GetAsync($"tenants/{SouthAfricaVas.TenantId}/vas/27821234567");
            answer.Code.Should().Be(502);
            answer.ErrorCode.Should().Be("DAE001");
            var post = await _za.PostAsync(client, _za.Customer(0), "5_VD50", ("msisdn", "27821234567"));
            post.Code.Should().Be(502, post.Text);
        }
        finally
        {
            mnp.Faults.Remove(fault.Id);
        }
    }

    [Fact]
    public async Task When_the_MNP_lookup_times_out_the_engine_answers_502_DAE001_after_its_provider_timeout()
    {
        using var client = await _za.LoginAsync();

        var answer = await PastMnpTimeoutAsync("27821230401", () => client.GetAsync($"tenants/{SouthAfricaVas.TenantId}/vas/27821230401"));

        answer.Code.Should().Be(502, answer.Text);
        answer.ErrorCode.Should().Be("DAE001");
        answer.Error["description"]!.GetValue<string>().Should()
            .Be("The mobile number portability database is not available: MNP did not answer within 30 s");
        answer.Text.Should().NotContain("Exception").And.NotContain("   at ");
    }

    [Fact]
    public async Task When_MNP_resets_the_connection_the_lookup_answers_502_DAE001_at_once()
    {
        using var client = await _za.LoginAsync();
        var mnp = _za.Simulator<MnpSimulator>();
        var fault = mnp.AddFault(new FaultSpec { Match = new FaultMatch { Path = "/mnp/27821230402" }, Outcome = new FaultOutcome { Kind = FaultKind.ConnectionReset }, Count = 1 });

        var answer = await client.GetAsync($"tenants/{SouthAfricaVas.TenantId}/vas/27821230402");

        answer.Code.Should().Be(502, answer.Text);
        answer.ErrorCode.Should().Be("DAE001");
        answer.Error["description"]!.GetValue<string>().Should().StartWith("The mobile number portability database is not available: MNP failed");
        mnp.Journal.Entries().Should().Contain(e => e.FaultId == fault.Id);
    }

    [Fact]
    public async Task A_voucher_purchase_whose_network_check_times_out_is_refused_with_502_and_changes_no_money()
    {
        using var client = await _za.LoginAsync();
        var customer = _za.Customer(0);
        var before = await _za.BalancesAsync(customer.WalletId);

        var post = await PastMnpTimeoutAsync("27821230403", () => _za.PostAsync(client, customer, "5_VD50", ("msisdn", "27821230403")));

        post.Code.Should().Be(502, post.Text);
        post.ErrorCode.Should().Be("DAE001");
        post.Error["description"]!.GetValue<string>().Should().Contain("MNP did not answer within 30 s");
        (await _za.BalancesAsync(customer.WalletId)).Should().Be(before, "nothing is reserved, moved or charged");
        (await _za.LedgerInvariantsHoldAsync()).Should().BeTrue();
    }

    /// <summary>
    /// Holds MNP's answer for <paramref name="msisdn"/> (a timeout fault, once), starts <paramref name="call"/>, waits until
    /// the simulator has the request (the engine's timeout timer exists by then), and moves the clock past the 30 s timeout.
    /// </summary>
    private async Task<TestKit.ApiResponse> PastMnpTimeoutAsync(string msisdn, Func<Task<TestKit.ApiResponse>> call)
    {
        var mnp = _za.Simulator<MnpSimulator>();
        var fault = mnp.AddFault(new FaultSpec { Match = new FaultMatch { Path = "/mnp/" + msisdn }, Outcome = FaultOutcome.Timeout(TimeSpan.FromSeconds(40)), Count = 1 });
        var pending = call();
        using var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        patience.CancelAfter(TimeSpan.FromSeconds(15));
        while (!mnp.Journal.Entries().Any(e => e.FaultId == fault.Id))
        {
            await Task.Delay(10, patience.Token);
        }

        engine.Clock.Advance(SouthAfricaVas.PastTimeout);
        return await pending;
    }

    [Fact]
    public async Task Malformed_numbers_are_refused_with_VAL001_without_asking_MNP()
    {
        using var client = await _za.LoginAsync();
        var mnp = _za.Simulator<MnpSimulator>();
        var before = mnp.Journal.TotalRecorded;

        foreach (var msisdn in new[] { "abc", "123", "123456789012345678901" })
        {
            var answer = await client.GetAsync($"tenants/{SouthAfricaVas.TenantId}/vas/{msisdn}");
            answer.Code.Should().Be(400, msisdn);
            answer.ErrorCode.Should().Be("VAL001");
        }

        mnp.Journal.TotalRecorded.Should().Be(before);
    }
}
