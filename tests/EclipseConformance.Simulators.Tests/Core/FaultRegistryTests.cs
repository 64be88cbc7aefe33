using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.Core;

public class FaultRegistryTests
{
    private const string SoapVend = """
        <soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/" xmlns:fw="http://frontierweb.sim/vas/v1">
          <soap:Body><fw:Vend><fw:requestId>r-1</fw:requestId><fw:meterNumber>21500123457</fw:meterNumber></fw:Vend></soap:Body>
        </soap:Envelope>
        """;

    private static SimRequest Request(string body, string path = "/x", string method = "POST", string? operation = null) =>
        new(method, path, body, TestSimulators.Epoch) { Operation = operation };

    [Fact]
    public void A_fault_with_a_count_is_applied_that_many_times_and_then_disappears()
    {
        var registry = new FaultRegistry(TestSimulators.NewClock(), 10);
        registry.Add(new FaultSpec { Outcome = FaultOutcome.HttpError(503), Count = 2 });

        registry.TryConsume(Request("{}")).Should().NotBeNull();
        registry.List().Single().RemainingCount.Should().Be(1);
        registry.TryConsume(Request("{}")).Should().NotBeNull();
        registry.TryConsume(Request("{}")).Should().BeNull();
        registry.List().Should().BeEmpty();
    }

    [Fact]
    public void A_fault_with_until_expires_on_the_injected_clock()
    {
        var clock = TestSimulators.NewClock();
        var registry = new FaultRegistry(clock, 10);
        registry.Add(new FaultSpec { Outcome = FaultOutcome.HttpError(500), Until = clock.GetUtcNow().AddMinutes(5) });

        clock.Advance(TimeSpan.FromMinutes(4));
        registry.TryConsume(Request("{}")).Should().NotBeNull();

        clock.Advance(TimeSpan.FromMinutes(1));
        registry.TryConsume(Request("{}")).Should().BeNull();
        registry.List().Should().BeEmpty();
    }

    [Fact]
    public void A_field_match_reads_a_soap_body_by_element_name_ignoring_namespaces()
    {
        var registry = new FaultRegistry(TestSimulators.NewClock(), 10);
        registry.Add(new FaultSpec { Match = FaultMatch.ForField("meterNumber", "21500123457"), Outcome = FaultOutcome.Business("12") });

        registry.TryConsume(Request(SoapVend)).Should().NotBeNull();
        registry.TryConsume(Request(SoapVend.Replace("21500123457", "21500123456"))).Should().BeNull();
    }

    [Fact]
    public void A_field_match_accepts_a_full_xpath_and_a_json_path()
    {
        var registry = new FaultRegistry(TestSimulators.NewClock(), 10);
        registry.Add(new FaultSpec { Match = new FaultMatch { Field = "/Envelope/Body/Vend/requestId", FieldEquals = "r-1" }, Outcome = FaultOutcome.Reset() });
        registry.Add(new FaultSpec { Match = new FaultMatch { Field = "$.items[1].to", FieldEquals = "27821234567" }, Outcome = FaultOutcome.HttpError(502) });

        registry.TryConsume(Request(SoapVend))!.Spec.Outcome.Kind.Should().Be(FaultKind.ConnectionReset);
        registry.TryConsume(Request("""{"items":[{"to":"1"},{"to":"27821234567"}]}"""))!.Spec.Outcome.StatusCode.Should().Be(502);
        registry.TryConsume(Request("""{"items":[{"to":"27821234567"}]}""")).Should().BeNull();
        registry.TryConsume(Request("not json or xml")).Should().BeNull();
    }

    [Fact]
    public void Method_path_prefix_operation_and_body_conditions_must_all_hold()
    {
        var registry = new FaultRegistry(TestSimulators.NewClock(), 10);
        registry.Add(new FaultSpec
        {
            Match = new FaultMatch { Method = "POST", Path = "/sms/*", Operation = "Send", BodyContains = "OTP" },
            Outcome = FaultOutcome.HttpError(500),
        });

        registry.TryConsume(Request("your OTP", "/sms/send", "POST", "Send")).Should().NotBeNull();
        registry.TryConsume(Request("your OTP", "/sms/send", "GET", "Send")).Should().BeNull();
        registry.TryConsume(Request("your OTP", "/mnp/1", "POST", "Send")).Should().BeNull();
        registry.TryConsume(Request("your OTP", "/sms/send", "POST", "Status")).Should().BeNull();
        registry.TryConsume(Request("hello", "/sms/send", "POST", "Send")).Should().BeNull();
    }

    [Fact]
    public void The_first_live_fault_in_insertion_order_wins_and_an_existing_id_is_replaced()
    {
        var registry = new FaultRegistry(TestSimulators.NewClock(), 10);
        registry.Add(new FaultSpec { Id = "a", Outcome = FaultOutcome.HttpError(500), Count = 1 });
        registry.Add(new FaultSpec { Id = "b", Outcome = FaultOutcome.HttpError(502) });

        registry.TryConsume(Request("{}"))!.Id.Should().Be("a");
        registry.TryConsume(Request("{}"))!.Id.Should().Be("b");

        registry.Add(new FaultSpec { Id = "b", Outcome = FaultOutcome.HttpError(504) });
        registry.List().Should().ContainSingle().Which.Spec.Outcome.StatusCode.Should().Be(504);
        registry.Remove("b").Should().BeTrue();
        registry.Remove("b").Should().BeFalse();
    }

    [Theory]
    [InlineData(200, null)]
    [InlineData(503, 0)]
    public void Invalid_fault_specs_are_rejected_with_the_reason(int status, int? count)
    {
        var registry = new FaultRegistry(TestSimulators.NewClock(), 10);
        var act = () => registry.Add(new FaultSpec { Outcome = FaultOutcome.HttpError(status), Count = count });

        act.Should().Throw<ArgumentException>().WithMessage(status == 200 ? "*4xx or 5xx*" : "*count*");
        registry.List().Should().BeEmpty();
    }

    [Fact]
    public void The_registry_refuses_more_faults_than_its_capacity()
    {
        var registry = new FaultRegistry(TestSimulators.NewClock(), 2);
        registry.Add(new FaultSpec { Outcome = FaultOutcome.Latency(TimeSpan.FromSeconds(1)) });
        registry.Add(new FaultSpec { Outcome = FaultOutcome.Latency(TimeSpan.FromSeconds(2)) });

        var act = () => registry.Add(new FaultSpec { Outcome = FaultOutcome.Latency(TimeSpan.FromSeconds(3)) });

        act.Should().Throw<InvalidOperationException>();
        registry.Clear().Should().Be(2);
    }
}
