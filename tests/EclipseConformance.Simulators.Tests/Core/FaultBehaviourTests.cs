using System.Net;
using System.Xml;
using System.Xml.Linq;
using EclipseConformance.Simulators.FrontierWeb;
using EclipseConformance.Simulators.Mnp;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.Core;

/// <summary>Each fault kind as a real HTTP client observes it.</summary>
public class FaultBehaviourTests
{
    private const string MtnNumber = "/mnp/27831234567";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_timeout_fault_makes_the_client_time_out_and_is_journaled_without_an_answer()
    {
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c));
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.Timeout(TimeSpan.FromMinutes(10)) });
        using var http = TestSimulators.Client(mnp, TimeSpan.FromSeconds(1));

        var act = () => http.GetAsync(MtnNumber, Ct);

        await act.Should().ThrowAsync<TaskCanceledException>();
        await TestSimulators.Eventually(() => mnp.Journal.Entries().Single().Completed, "the held request is released when the client goes");
        mnp.Journal.Entries().Single().Should().Match<JournalEntry>(e => e.StatusCode == null && e.FaultKind == FaultKind.Timeout);
    }

    [Fact]
    public async Task Stopping_the_simulator_releases_a_request_held_by_a_timeout_fault()
    {
        var mnp = TestSimulators.Start(c => new MnpSimulator(c));
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.Timeout(TimeSpan.FromMinutes(30)) });
        using var http = TestSimulators.Client(mnp);
        var pending = http.GetAsync(MtnNumber, Ct);
        await TestSimulators.Eventually(() => mnp.Journal.Entries().Count == 1, "the request is held");

        mnp.Dispose();

        var act = () => pending;
        await act.Should().ThrowAsync<HttpRequestException>();
        mnp.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task A_latency_fault_holds_the_answer_until_the_latency_clock_has_moved()
    {
        var latency = TestSimulators.NewClock();
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c), latencyClock: latency);
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.Latency(TimeSpan.FromSeconds(3)) });
        using var http = TestSimulators.Client(mnp);

        var pending = http.GetAsync(MtnNumber, Ct);
        await TestSimulators.Eventually(() => mnp.Journal.Entries().Count == 1, "the request arrives");
        await Task.Delay(150, Ct);
        pending.IsCompleted.Should().BeFalse("the 3 s of latency have not passed on the latency clock");

        while (!pending.IsCompleted)
        {
            latency.Advance(TimeSpan.FromSeconds(3));
            await Task.WhenAny(pending, Task.Delay(20, Ct));
        }

        using var response = await pending;
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("\"network\":\"MTN\"");
    }

    [Theory]
    [InlineData(500)]
    [InlineData(503)]
    [InlineData(429)]
    public async Task An_http_status_fault_answers_that_status_with_the_providers_error_body(int status)
    {
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c));
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.HttpError(status) });
        using var http = TestSimulators.Client(mnp);

        using var response = await http.GetAsync(MtnNumber, Ct);

        ((int)response.StatusCode).Should().Be(status);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain("MNP_UNAVAILABLE");
    }

    [Fact]
    public async Task An_http_status_fault_with_its_own_body_answers_that_body()
    {
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c));
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.HttpError(502, "<html>Bad gateway</html>") });
        using var http = TestSimulators.Client(mnp);

        using var response = await http.GetAsync(MtnNumber, Ct);

        response.StatusCode.Should().Be(HttpStatusCode.BadGateway);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/xml");
        (await response.Content.ReadAsStringAsync(Ct)).Should().Be("<html>Bad gateway</html>");
    }

    [Fact]
    public async Task A_malformed_body_fault_gives_xml_that_does_not_parse()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        frontier.AddFault(new FaultSpec { Match = FaultMatch.ForOperation("GetProductList"), Outcome = FaultOutcome.Malformed() });
        using var http = TestSimulators.Client(frontier);

        using var response = await new FrontierClient(http).SendAsync("GetProductList");
        var body = await response.Content.ReadAsStringAsync(Ct);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        var parse = () => XDocument.Parse(body);
        parse.Should().Throw<XmlException>();
    }

    [Fact]
    public async Task An_empty_response_fault_gives_a_status_with_no_body()
    {
        using var frontier = TestSimulators.Start(c => new FrontierWebSimulator(c));
        frontier.AddFault(new FaultSpec { Outcome = FaultOutcome.Empty() });
        using var http = TestSimulators.Client(frontier);

        using var response = await new FrontierClient(http).SendAsync("GetProductList");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsByteArrayAsync(Ct)).Should().BeEmpty();
    }

    [Fact]
    public async Task A_connection_reset_fault_fails_the_request_at_the_transport_level()
    {
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c));
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.Reset(), Count = 1 });
        using var http = TestSimulators.Client(mnp);

        var act = () => http.GetAsync(MtnNumber, Ct);

        await act.Should().ThrowAsync<HttpRequestException>();
        using var next = await http.GetAsync(MtnNumber, Ct);
        next.StatusCode.Should().Be(HttpStatusCode.OK, "the fault had a count of one");
    }

    [Fact]
    public async Task A_counted_fault_stops_after_its_count_over_http()
    {
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c));
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.HttpError(503), Count = 2 });
        using var http = TestSimulators.Client(mnp);

        var statuses = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await http.GetAsync(MtnNumber, Ct);
            statuses.Add((int)response.StatusCode);
        }

        statuses.Should().Equal(503, 503, 200);
        mnp.Faults.List().Should().BeEmpty();
    }

    [Fact]
    public async Task A_fault_with_until_stops_when_the_simulator_clock_passes_it()
    {
        var clock = TestSimulators.NewClock();
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c), clock);
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.HttpError(500), Until = clock.GetUtcNow().AddSeconds(30) });
        using var http = TestSimulators.Client(mnp);

        using (var during = await http.GetAsync(MtnNumber, Ct))
        {
            during.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        }

        clock.Advance(TimeSpan.FromSeconds(30));
        using var after = await http.GetAsync(MtnNumber, Ct);
        after.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_fault_matching_one_request_leaves_other_requests_alone()
    {
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c));
        mnp.AddFault(new FaultSpec { Match = new FaultMatch { Path = "/mnp/27821234567" }, Outcome = FaultOutcome.HttpError(500) });
        using var http = TestSimulators.Client(mnp);

        using var matched = await http.GetAsync("/mnp/27821234567", Ct);
        using var other = await http.GetAsync(MtnNumber, Ct);

        matched.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        other.StatusCode.Should().Be(HttpStatusCode.OK);
        mnp.Journal.Entries().Select(e => e.FaultId is null).Should().Equal(false, true);
    }

    [Fact]
    public async Task Reset_removes_faults_and_empties_the_journal()
    {
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c));
        mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.HttpError(500) });
        using var http = TestSimulators.Client(mnp);
        (await http.GetAsync(MtnNumber, Ct)).Dispose();

        mnp.Reset();

        mnp.Faults.List().Should().BeEmpty();
        mnp.Journal.Entries().Should().BeEmpty();
        using var response = await http.GetAsync(MtnNumber, Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_journal_stays_bounded_under_many_requests()
    {
        using var mnp = TestSimulators.Start(c => new MnpSimulator(c), configure: o => o.JournalCapacity = 5);
        using var http = TestSimulators.Client(mnp);

        for (var i = 0; i < 12; i++)
        {
            (await http.GetAsync($"/mnp/2783123456{i % 10}", Ct)).Dispose();
        }

        mnp.Journal.Entries().Should().HaveCount(5);
        mnp.Journal.Entries().Select(e => e.Sequence).Should().Equal(8, 9, 10, 11, 12);
        mnp.Journal.TotalRecorded.Should().Be(12);
    }
}
