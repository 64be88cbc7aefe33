using System.Net;
using System.Net.Sockets;
using EclipseConformance.Simulators.Tests.Support;

namespace EclipseConformance.Simulators.Tests.Core;

public class SimulatorSetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_set_starts_every_enabled_simulator_on_its_own_loopback_port()
    {
        using var set = new SimulatorSet(new SimulatorSetOptions(), TestSimulators.NewClock());

        set.StartAll();

        set.BaseUrls.Keys.Should().BeEquivalentTo(["frontierweb", "sms", "mnp", "atm", "fiorano", "scantopay", "acs", "kganya", "payat", "easypay", "cellulant"]);
        set.BaseUrls.Values.Should().OnlyHaveUniqueItems().And.OnlyContain(u => u.StartsWith("http://127.0.0.1:"));
        using var http = new HttpClient();
        using var response = await http.GetAsync(set.Mnp.BaseUrl + "/mnp/27831234567", Ct);
        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public void A_disabled_simulator_is_not_created_and_a_configured_port_is_used()
    {
        var port = FreePort();
        var options = new SimulatorSetOptions();
        options.For("sms").Enabled = false;
        options.For("mnp").Port = port;
        using var set = new SimulatorSet(options, TestSimulators.NewClock());

        set.StartAll();

        set.TryGet("sms", out _).Should().BeFalse();
        set.Mnp.Port.Should().Be(port);
        var act = () => set.Sms;
        act.Should().Throw<KeyNotFoundException>();
    }

    [Fact]
    public void Fixture_mode_is_set_per_simulator()
    {
        var options = new SimulatorSetOptions();
        options.For("frontierweb").FixtureMode = FixtureMode.ProductionLike;
        using var set = new SimulatorSet(options, TestSimulators.NewClock());

        set.FrontierWeb.Options.FixtureMode.Should().Be(FixtureMode.ProductionLike);
        set.Mnp.Options.FixtureMode.Should().Be(FixtureMode.Sandbox);
    }

    [Fact]
    public void Out_of_range_options_are_refused_naming_the_simulator()
    {
        var options = new SimulatorSetOptions();
        options.For("sms").JournalCapacity = 0;

        var act = () => new SimulatorSet(options, TestSimulators.NewClock());

        act.Should().Throw<System.ComponentModel.DataAnnotations.ValidationException>().WithMessage("*sms*JournalCapacity*");
    }

    [Fact]
    public async Task Stop_releases_the_ports_and_reset_clears_every_simulator()
    {
        using var set = new SimulatorSet(new SimulatorSetOptions(), TestSimulators.NewClock());
        set.StartAll();
        set.Mnp.AddFault(new FaultSpec { Outcome = FaultOutcome.HttpError(500) });
        set.Mnp.SetNetwork("27831234567", "ZA-VODACOM");
        var url = set.Mnp.BaseUrl;

        set.ResetAll();
        set.Mnp.Faults.List().Should().BeEmpty();
        set.Mnp.Overrides.Should().BeEmpty();

        set.StopAll();
        set.BaseUrls.Should().BeEmpty();
        using var http = new HttpClient();
        var act = () => http.GetAsync(url + "/mnp/27831234567", Ct);
        await act.Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public void A_catalog_entry_adds_a_provider_without_touching_the_set()
    {
        var catalog = SimulatorCatalog.Default.With("echo", c => new EchoSimulator(c));
        using var set = new SimulatorSet(new SimulatorSetOptions(), TestSimulators.NewClock(), catalog: catalog);

        set["echo"].Name.Should().Be("echo");
        set.All.Should().HaveCount(SimulatorCatalog.Default.Names.Count() + 1);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
