using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EclipseConformance.Simulators.Sms;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.Sms;

public class SmsGatewayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<(HttpStatusCode Status, JsonElement Body)> Send(HttpClient http, object body)
    {
        using var response = await http.PostAsJsonAsync("/sms/send", body, Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        return (response.StatusCode, json);
    }

    [Fact]
    public async Task A_sent_sms_is_accepted_and_lands_in_the_inbox_stamped_with_the_simulator_clock()
    {
        var clock = TestSimulators.NewClock();
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c), clock);
        using var http = TestSimulators.Client(sms);
        clock.Advance(TimeSpan.FromMinutes(3));

        var (status, body) = await Send(http, new { to = "+27821234567", from = "Eclipse", message = "Your withdrawal token is 123456", reference = "wd-1" });

        status.Should().Be(HttpStatusCode.OK);
        body.GetProperty("status").GetString().Should().Be("ACCEPTED");
        var message = sms.Inbox.Latest("27821234567")!;
        message.MessageId.Should().Be(body.GetProperty("messageId").GetString()).And.MatchRegex("^SM[0-9a-f]{16}$");
        message.Message.Should().Be("Your withdrawal token is 123456");
        message.From.Should().Be("Eclipse");
        message.Reference.Should().Be("wd-1");
        message.ReceivedAt.Should().Be(TestSimulators.Epoch.AddMinutes(3));
        message.Segments.Should().Be(1);
    }

    [Fact]
    public async Task The_inbox_can_be_filtered_by_phone_and_keeps_order()
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c));
        using var http = TestSimulators.Client(sms);

        await Send(http, new { to = "27821111111", message = "one" });
        await Send(http, new { to = "27822222222", message = "two" });
        await Send(http, new { to = "+27821111111", message = "three" });

        sms.Inbox.Messages("27821111111").Select(m => m.Message).Should().Equal("one", "three");
        sms.Inbox.Messages().Should().HaveCount(3);
    }

    [Fact]
    public async Task A_retried_send_with_the_same_reference_is_not_delivered_twice()
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c));
        using var http = TestSimulators.Client(sms);

        var (_, first) = await Send(http, new { to = "27821234567", message = "token 1", reference = "ref-9" });
        var (_, again) = await Send(http, new { to = "27821234567", message = "token 1", reference = "ref-9" });

        again.GetProperty("messageId").GetString().Should().Be(first.GetProperty("messageId").GetString());
        again.GetProperty("duplicate").GetBoolean().Should().BeTrue();
        sms.Inbox.Count.Should().Be(1);
    }

    [Theory]
    [InlineData("""{"message":"hi"}""", "MISSING_FIELD")]
    [InlineData("""{"to":"abc","message":"hi"}""", "INVALID_DESTINATION")]
    [InlineData("""{"to":"27821234567"}""", "MISSING_FIELD")]
    [InlineData("not json", "INVALID_JSON")]
    public async Task Invalid_sends_are_rejected_with_400_and_nothing_is_delivered(string body, string code)
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c));
        using var http = TestSimulators.Client(sms);

        using var response = await http.PostAsync("/sms/send", new StringContent(body, System.Text.Encoding.UTF8, "application/json"), Ct);
        var json = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        json.GetProperty("status").GetString().Should().Be("REJECTED");
        json.GetProperty("errorCode").GetString().Should().Be(code);
        sms.Inbox.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_message_longer_than_the_limit_is_rejected_and_long_messages_count_segments()
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c));
        using var http = TestSimulators.Client(sms);

        var (tooLong, body) = await Send(http, new { to = "27821234567", message = new string('x', 1601) });
        var (ok, accepted) = await Send(http, new { to = "27821234567", message = new string('x', 161) });

        tooLong.Should().Be(HttpStatusCode.BadRequest);
        body.GetProperty("errorCode").GetString().Should().Be("MESSAGE_TOO_LONG");
        ok.Should().Be(HttpStatusCode.OK);
        accepted.GetProperty("segments").GetInt32().Should().Be(2);
    }

    [Fact]
    public async Task The_status_endpoint_reports_delivery_of_known_messages_only()
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c));
        using var http = TestSimulators.Client(sms);
        var (_, sent) = await Send(http, new { to = "27821234567", message = "hi" });
        var id = sent.GetProperty("messageId").GetString();

        using var known = await http.GetAsync("/sms/status/" + id, Ct);
        using var unknown = await http.GetAsync("/sms/status/SM0000", Ct);

        (await known.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("status").GetString().Should().Be("DELIVERED");
        unknown.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_inbox_is_bounded_and_drops_the_oldest_messages()
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c), configure: o => o.StateCapacity = 3);
        using var http = TestSimulators.Client(sms);

        for (var i = 1; i <= 5; i++)
        {
            await Send(http, new { to = "27821234567", message = "m" + i });
        }

        sms.Inbox.Messages().Select(m => m.Message).Should().Equal("m3", "m4", "m5");
    }

    [Fact]
    public async Task A_gateway_failure_fault_answers_5xx_and_delivers_nothing()
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c));
        sms.AddFault(new FaultSpec { Match = new FaultMatch { Field = "to", FieldEquals = "27829999999" }, Outcome = FaultOutcome.HttpError(503) });
        using var http = TestSimulators.Client(sms);

        var (failed, body) = await Send(http, new { to = "27829999999", message = "lost" });
        var (ok, _) = await Send(http, new { to = "27821234567", message = "kept" });

        failed.Should().Be(HttpStatusCode.ServiceUnavailable);
        body.GetProperty("errorCode").GetString().Should().Be("GATEWAY_ERROR");
        ok.Should().Be(HttpStatusCode.OK);
        sms.Inbox.Messages().Select(m => m.Message).Should().Equal("kept");
    }

    [Fact]
    public async Task A_timeout_fault_makes_the_sender_time_out_and_delivers_nothing()
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c));
        sms.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("Send"), Outcome = FaultOutcome.Timeout() });
        using var http = TestSimulators.Client(sms, TimeSpan.FromMilliseconds(300));

        var act = () => http.PostAsJsonAsync("/sms/send", new { to = "27821234567", message = "x" }, Ct);

        await act.Should().ThrowAsync<TaskCanceledException>();
        sms.Inbox.Count.Should().Be(0);
    }

    [Fact]
    public async Task A_business_error_fault_rejects_with_the_given_code()
    {
        using var sms = TestSimulators.Start(c => new SmsGatewaySimulator(c));
        sms.AddFault(new FaultSpec { Outcome = FaultOutcome.Business("BLOCKED_NUMBER", "Destination opted out") });
        using var http = TestSimulators.Client(sms);

        var (status, body) = await Send(http, new { to = "27821234567", message = "x" });

        status.Should().Be(HttpStatusCode.UnprocessableEntity);
        body.GetProperty("errorCode").GetString().Should().Be("BLOCKED_NUMBER");
        body.GetProperty("errorMessage").GetString().Should().Be("Destination opted out");
    }
}
