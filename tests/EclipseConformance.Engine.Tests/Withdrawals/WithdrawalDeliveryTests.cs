using EclipseConformance.Simulators;
using EclipseConformance.TestKit;

namespace EclipseConformance.Engine.Tests.Withdrawals;

/// <summary>Gateway and SMS failures (fault injection): retried on the engine clock, and never leaving money reserved for ever.</summary>
public sealed class WithdrawalDeliveryTests(WithdrawalDeliveryTests.Fixture engine) : IClassFixture<WithdrawalDeliveryTests.Fixture>, IDisposable
{
    private readonly WithdrawalWorld _world = new(engine);

    /// <summary>A generous upstream timeout (a loaded machine is slow to answer the first call) and the default retry schedule.</summary>
    public sealed class Fixture : EngineFixture
    {
        protected override IEnumerable<string> ExtraArguments() => ["--Withdrawals:UpstreamTimeout=00:00:30"];
    }

    public void Dispose()
    {
        _world.Atm.Faults.Clear();
        _world.Simulators.Sms.Faults.Clear();
    }

    [Fact]
    public async Task A_network_blip_is_retried_and_the_token_is_registered_and_sent_afterwards()
    {
        var phone = WithdrawalWorld.NewPhone();
        _world.Atm.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Register"), Outcome = FaultOutcome.HttpError(503), Count = 2 });
        var wallet = await _world.CustomerWalletAsync(100m);
        var created = await _world.CreatePendingAsync(wallet, 40m, phone);
        _world.Simulators.Sms.Inbox.Messages(phone).Should().BeEmpty("the SMS goes out only once the network knows the token");

        await _world.AdvanceAsync(TimeSpan.FromSeconds(1));
        _world.Atm.Tokens.Find(created.WithdrawalId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().BeNull("the second attempt failed too");
        await _world.AdvanceAsync(TimeSpan.FromSeconds(5));

        _world.Atm.Tokens.Find(created.WithdrawalId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().NotBeNull();
        _world.Simulators.Sms.Inbox.Messages(phone).Should().ContainSingle().Which.Message.Should().Contain(created.Token!);
        (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("PENDING");
    }

    [Fact]
    public async Task A_network_call_that_never_answers_times_out_on_the_engine_clock_and_the_retry_registers_the_token()
    {
        var fault = _world.Atm.AddFault(new FaultSpec
        {
            Match = FaultMatch.ForOperation("Register"),
            Outcome = FaultOutcome.Timeout(TimeSpan.FromSeconds(40)),
            Count = 1,
        });
        var wallet = await _world.CustomerWalletAsync(100m);
        using var tenant = await engine.LoginTenantAsync();
        var creating = WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(25m, WithdrawalWorld.NewPhone()));
        using (var patience = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken))
        {
            patience.CancelAfter(TimeSpan.FromSeconds(15));
            while (!_world.Atm.Journal.Entries(last: 5).Any(e => e.FaultId == fault.Id))
            {
                await Task.Delay(10, patience.Token);
            }
        }

        engine.Clock.Advance(TimeSpan.FromSeconds(31));
        var created = await creating.WaitAsync(TimeSpan.FromSeconds(10), TestContext.Current.CancellationToken);

        created.Code.Should().Be(200, created.Text);
        var id = created.Json!["withdrawalId"]!.GetValue<long>();
        (await _world.AdvanceUntilStatusAsync(wallet, id, "PENDING")).Should().Be("PENDING");
        await _world.AdvanceAsync(TimeSpan.FromSeconds(1));
        _world.Atm.Tokens.Find(id.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().NotBeNull("the retry after the timeout registered it");
    }

    [Fact]
    public async Task An_SMS_gateway_blip_does_not_lose_the_SMS_and_it_is_sent_once()
    {
        var phone = WithdrawalWorld.NewPhone();
        _world.Simulators.Sms.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Send"), Outcome = FaultOutcome.Reset(), Count = 1 });
        var wallet = await _world.CustomerWalletAsync(100m);
        var created = await _world.CreatePendingAsync(wallet, 40m, phone);
        _world.Simulators.Sms.Inbox.Messages(phone).Should().BeEmpty();

        await _world.AdvanceAsync(TimeSpan.FromSeconds(1));

        _world.Simulators.Sms.Inbox.Messages(phone).Should().ContainSingle().Which.Message.Should().Contain(created.Token!);
        await _world.AdvanceAsync(TimeSpan.FromMinutes(30));
        _world.Simulators.Sms.Inbox.Messages(phone).Should().ContainSingle();
    }

    [Fact]
    public async Task A_network_answer_without_a_readable_body_is_not_taken_as_registered_and_the_retry_registers_the_token()
    {
        var phone = WithdrawalWorld.NewPhone();
        _world.Atm.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Register"), Outcome = FaultOutcome.Empty(), Count = 1 });
        var wallet = await _world.CustomerWalletAsync(100m);
        var created = await _world.CreatePendingAsync(wallet, 40m, phone);
        _world.Atm.Tokens.Find(created.WithdrawalId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().BeNull("the empty 200 registered nothing");
        _world.Simulators.Sms.Inbox.Messages(phone).Should().BeEmpty("an unreadable answer is not a registration, so no SMS yet");

        await _world.AdvanceAsync(TimeSpan.FromSeconds(1));

        _world.Atm.Tokens.Find(created.WithdrawalId.ToString(System.Globalization.CultureInfo.InvariantCulture)).Should().NotBeNull("the retry registered it");
        _world.Simulators.Sms.Inbox.Messages(phone).Should().ContainSingle().Which.Message.Should().Contain(created.Token!);
    }

    [Fact]
    public async Task An_SMS_sent_whose_answer_is_cut_off_is_sent_again_under_the_same_reference_and_reaches_the_phone_once()
    {
        var phone = WithdrawalWorld.NewPhone();
        var fault = _world.Simulators.Sms.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Send"), Outcome = FaultOutcome.Malformed(processFirst: true), Count = 1 });
        var wallet = await _world.CustomerWalletAsync(100m);
        var created = await _world.CreatePendingAsync(wallet, 40m, phone);

        await _world.AdvanceAsync(TimeSpan.FromSeconds(1));

        _world.Simulators.Sms.Journal.Entries().Where(e => e.Operation == "Send"
            && e.RequestBody.Contains($"\"withdrawal-{created.WithdrawalId}\"", StringComparison.Ordinal))
            .Should().HaveCount(2, "the cut-off answer was not taken as sent, so the SMS was sent again");
        _world.Simulators.Sms.Journal.Entries().Should().Contain(e => e.FaultId == fault.Id);
        _world.Simulators.Sms.Inbox.Messages(phone).Should().ContainSingle("the gateway takes the repeat under the same reference as a replay").Which.Message.Should().Contain(created.Token!);
        (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("PENDING");
    }

    [Fact]
    public async Task An_SMS_gateway_that_keeps_failing_ends_in_ERROR_and_releases_the_money()
    {
        var phone = WithdrawalWorld.NewPhone();
        var wallet = await _world.CustomerWalletAsync(100m);
        var before = await _world.SnapshotAsync(wallet);
        _world.Simulators.Sms.AddFault(new FaultSpec { Match = FaultMatch.ForField("to", phone, "Send"), Outcome = FaultOutcome.HttpError(503) });
        var created = await _world.CreatePendingAsync(wallet, 60m, phone);

        foreach (var wait in new[] { 1, 5, 25, 125 })
        {
            await _world.AdvanceAsync(TimeSpan.FromSeconds(wait));
            (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("PENDING");
        }

        await _world.AdvanceAsync(TimeSpan.FromMinutes(10));
        // Retries are 1, 5, 25, 125 and 600 s apart, so the sixth attempt falls due exactly where the advances end (756 s).
        // Once, under full-suite load, it fell just after: allow it a few more seconds of engine time.
        (await _world.AdvanceUntilStatusAsync(wallet, created.WithdrawalId, "ERROR", steps: 5)).Should().Be("ERROR");

        var final = (await _world.GetAsync(wallet, created.WithdrawalId)).Json!;
        final["errorDescription"]!.GetValue<string>().Should().Contain("could not be delivered").And.Contain("6 attempts").And.NotContain(phone, "the phone is masked");
        (await _world.SnapshotAsync(wallet)).Should().Be(before);
        (await _world.InvariantsHoldAsync()).Should().BeTrue();
    }

    [Fact]
    public async Task A_rule_file_behaviour_on_the_network_switches_token_registration_failures_on_and_off()
    {
        using var sim = engine.SimulatorAdmin();
        (await sim.SendRawAsync(HttpMethod.Put, "/sim/v1/rules", """
            {"version": 1, "behaviours": [{"name": "atm-declines-tokens", "upstream": "atm", "when": {"operation": "Register"},
              "then": {"kind": "BusinessError", "errorCode": "NETWORK_CLOSED", "errorMessage": "Network closed for maintenance"}}]}
            """)).Code.Should().Be(200);
        var wallet = await _world.CustomerWalletAsync(100m);
        using var tenant = await engine.LoginTenantAsync();
        try
        {
            var failed = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(10m, WithdrawalWorld.NewPhone()));
            failed.Code.Should().Be(200, failed.Text);
            var id = failed.Json!["withdrawalId"]!.GetValue<long>();
            (await _world.AdvanceUntilStatusAsync(wallet, id, "ERROR")).Should().Be("ERROR");
            (await _world.GetAsync(wallet, id)).Json!["errorDescription"]!.GetValue<string>().Should().Contain("Network closed for maintenance");
        }
        finally
        {
            (await sim.DeleteAsync("/sim/v1/rules")).Code.Should().Be(200);
        }

        var ok = await WithdrawalWorld.CreateAsync(tenant, _world.TenantId, wallet, WithdrawalWorld.Body(10m, WithdrawalWorld.NewPhone()));
        ok.Json!["status"]!.GetValue<string>().Should().Be("PENDING");
        (await _world.SnapshotAsync(wallet)).Available.Should().Be(90m);
    }

    [Fact]
    public async Task A_network_that_never_answers_ends_in_ERROR_after_the_attempt_limit()
    {
        _world.Atm.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Register"), Outcome = FaultOutcome.Reset() });
        var wallet = await _world.CustomerWalletAsync(100m);
        var created = await _world.CreatePendingAsync(wallet, 30m, WithdrawalWorld.NewPhone());

        foreach (var wait in new[] { 1, 5, 25, 125 })
        {
            await _world.AdvanceAsync(TimeSpan.FromSeconds(wait));
            (await _world.StatusAsync(wallet, created.WithdrawalId)).Should().Be("PENDING");
        }

        await _world.AdvanceAsync(TimeSpan.FromMinutes(10));
        // Retries are 1, 5, 25, 125 and 600 s apart, so the sixth attempt falls due exactly where the advances end (756 s).
        // Once, under full-suite load, it fell just after: allow it a few more seconds of engine time.
        (await _world.AdvanceUntilStatusAsync(wallet, created.WithdrawalId, "ERROR", steps: 5)).Should().Be("ERROR");

        var final = (await _world.GetAsync(wallet, created.WithdrawalId)).Json!;
        final["errorDescription"]!.GetValue<string>().Should().Contain("did not take the token").And.Contain("6 attempts");
        (await _world.SnapshotAsync(wallet)).Available.Should().Be(100m);
    }
}
