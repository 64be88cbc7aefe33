using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.FrontierWeb;

public class FrontierWebTransactionCheckTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_vend_that_succeeded_upstream_but_timed_out_to_the_caller_is_reported_successful_with_its_token()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        frontier.AddFault(FrontierFaults.VendSucceedsButCallerTimesOut("21500123456"));
        using var http = TestSimulators.Client(frontier);
        var client = new FrontierClient(http);

        // The caller gives up (its timeout) once the provider has processed the vend.
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var vend = Post(http, "Vend", timeout.Token, ("requestId", "lost-1"), ("itemId", "1248"), ("amount", "180.00"), ("msisdn", "75757459"), ("meterNumber", "21500123456"));
        await TestSimulators.Eventually(() => frontier.Transactions.ByRequestId("lost-1") is not null, "the vend is processed upstream");
        await Task.Delay(100, Ct);
        vend.IsCompleted.Should().BeFalse("the answer is held past the caller's timeout");
        await timeout.CancelAsync();
        await vend.Awaiting(v => v).Should().ThrowAsync<TaskCanceledException>();

        var check = await client.CallAsync("TransactionCheck", ("requestId", "lost-1"));
        check.Text("transactionStatus").Should().Be("SUCCESSFUL");
        check.Text("operation").Should().Be("Vend");
        var token = check.Text("originalResult/thirdPartyResponse/electricityResponse/tokens/token/tokenNumber");
        token.Should().MatchRegex("^[0-9]{20}$");

        var byNumber = await client.CallAsync("TransactionCheck", ("transactionNumber", check.Text("transactionNumber")));
        byNumber.Text("requestId").Should().Be("lost-1");

        var retried = await client.Vend("lost-1", 1248, "180.00", meter: "21500123456");
        retried.Text("thirdPartyResponse/electricityResponse/tokens/token/tokenNumber").Should().Be(token, "the retry replays the vend instead of vending twice");
    }

    [Fact]
    public async Task A_vend_that_timed_out_before_reaching_the_utility_is_not_found()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        frontier.AddFault(FrontierFaults.VendTimesOut());
        using var http = TestSimulators.Client(frontier);

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var vend = Post(http, "Vend", timeout.Token, ("requestId", "never-1"), ("itemId", "1248"), ("amount", "50.00"), ("meterNumber", "21500123456"));
        await TestSimulators.Eventually(() => frontier.Journal.Entries().Any(e => e.FaultKind == FaultKind.Timeout), "the vend is being held");
        await timeout.CancelAsync();
        await vend.Awaiting(v => v).Should().ThrowAsync<TaskCanceledException>();

        var check = await new FrontierClient(http).CallAsync("TransactionCheck", ("requestId", "never-1"));
        check.Text("transactionStatus").Should().Be("NOT_FOUND");
        check.IsNil("originalResult").Should().BeTrue();
    }

    [Fact]
    public async Task A_late_response_is_already_successful_upstream_while_the_caller_waits()
    {
        var latency = TestSimulators.NewClock();
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c), latencyClock: latency);
        frontier.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Vend"), Outcome = FaultOutcome.LateResponse(TimeSpan.FromSeconds(40)), Count = 1 });
        using var http = TestSimulators.Client(frontier);
        var client = new FrontierClient(http);

        var pending = client.Vend("late-1", 1248, "90.00", meter: "00300123452");
        await TestSimulators.Eventually(() => frontier.Transactions.ByRequestId("late-1") is not null, "the vend is processed");
        var check = await client.CallAsync("TransactionCheck", ("requestId", "late-1"));
        check.Text("transactionStatus").Should().Be("SUCCESSFUL");
        pending.IsCompleted.Should().BeFalse();

        while (!pending.IsCompleted)
        {
            latency.Advance(TimeSpan.FromSeconds(40));
            await Task.WhenAny(pending, Task.Delay(20, Ct));
        }

        var vend = await pending;
        vend.Text("transactionNumber").Should().Be(check.Text("transactionNumber"));
    }

    [Fact]
    public async Task A_business_error_fault_declines_the_vend_and_the_check_reports_it_failed()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        frontier.AddFault(new FaultSpec
        {
            Match = FaultMatch.ForField("meterNumber", "21500123457", "Vend"),
            Outcome = FaultOutcome.Business("12", "METER NOT FOUND AT UTILITY"),
        });
        using var http = TestSimulators.Client(frontier);
        var client = new FrontierClient(http);

        var vend = await client.Vend("biz-1", 1248, "10.00", meter: "21500123457");
        var other = await client.Vend("biz-2", 1248, "10.00", meter: "21500123456");
        var check = await client.CallAsync("TransactionCheck", ("requestId", "biz-1"));

        vend.Text("responseCode").Should().Be("12");
        vend.Text("thirdPartyResponse/thirdPartyErrorResponse/errorMessage").Should().Be("METER NOT FOUND AT UTILITY");
        other.Text("responseCode").Should().Be("0");
        check.Text("transactionStatus").Should().Be("FAILED");
        check.Text("originalResult/responseCode").Should().Be("12");
    }

    [Fact]
    public async Task The_meter_validation_fault_declines_only_the_pre_vend_of_that_meter()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        frontier.AddFault(FrontierFaults.MeterFailsValidation("00300123452"));
        using var http = TestSimulators.Client(frontier);
        var client = new FrontierClient(http);

        (await client.PreVend("mv-1", 1247, meter: "00300123452")).Text("responseCode").Should().Be("12");
        (await client.PreVend("mv-2", 1247, meter: "21500123456")).Text("responseCode").Should().Be("0");
        frontier.Journal.Entries().Select(e => e.Operation).Should().Equal("PreVend", "PreVend");
    }

    [Fact]
    public async Task A_check_for_an_unknown_reference_is_not_found()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        using var http = TestSimulators.Client(frontier);

        var check = await new FrontierClient(http).CallAsync("TransactionCheck", ("requestId", "nobody"));

        check.Text("responseCode").Should().Be("0");
        check.Text("transactionStatus").Should().Be("NOT_FOUND");
    }

    private static async Task<HttpResponseMessage> Post(HttpClient http, string operation, CancellationToken cancellationToken, params (string Name, string? Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, FrontierClient.Path)
        {
            Content = new StringContent(FrontierClient.Envelope(operation, fields), System.Text.Encoding.UTF8, "text/xml"),
        };
        request.Headers.TryAddWithoutValidation("SOAPAction", FrontierClient.Ns + "/" + operation);
        return await http.SendAsync(request, cancellationToken);
    }
}
