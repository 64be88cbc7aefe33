using System.Collections.Concurrent;

namespace EclipseConformance.Simulators.Mnp;

/// <summary>
/// Mobile number portability lookup: <c>GET /mnp/{msisdn}</c> answers the network a number is on
/// (JSON). Range fixtures in <see cref="MnpFixtures"/>; numbers can be moved to another network at
/// run time with <see cref="SetNetwork"/> ("this phone is on network X"). See simulators/README.md.
/// </summary>
public sealed class MnpSimulator : UpstreamSimulator
{
    public const string SimulatorName = "mnp";

    private readonly ConcurrentDictionary<string, string> _overrides = new(StringComparer.Ordinal);

    public MnpSimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
    }

    /// <summary>Numbers moved at run time (international digits → network id).</summary>
    public IReadOnlyDictionary<string, string> Overrides => new Dictionary<string, string>(_overrides);

    /// <summary>
    /// Puts <paramref name="msisdn"/> on <paramref name="networkId"/> (e.g. "ZA-VODACOM") until
    /// removed or reset; it is then answered as ported. The network must be in the number's country.
    /// </summary>
    public void SetNetwork(string msisdn, string networkId)
    {
        var number = MnpFixtures.Normalize(msisdn) ?? throw new ArgumentException($"'{msisdn}' is not a mobile number of a known country.", nameof(msisdn));
        var network = MnpFixtures.ById(networkId) ?? throw new ArgumentException($"Unknown network '{networkId}'.", nameof(networkId));
        if (!number.StartsWith(network.DialCode, StringComparison.Ordinal))
        {
            throw new ArgumentException($"{network.Id} is not a network of the country of {number}.", nameof(networkId));
        }

        if (!_overrides.ContainsKey(number) && _overrides.Count >= Options.StateCapacity)
        {
            throw new InvalidOperationException($"At most {Options.StateCapacity} numbers can be moved.");
        }

        _overrides[number] = network.Id;
    }

    public bool RemoveNetworkOverride(string msisdn) =>
        MnpFixtures.Normalize(msisdn) is { } number && _overrides.TryRemove(number, out _);

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("GET", "/mnp/*", _ => "Lookup", Lookup),
    ];

    protected override void OnReset() => _overrides.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message) =>
        Error(422, code, message ?? "Lookup failed.", null);

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        Error(statusCode, "MNP_UNAVAILABLE", "Simulated MNP database failure.", null);

    protected override SimResponse RenderNotFound(SimRequest request) =>
        Error(404, "NOT_FOUND", $"No endpoint {request.Method} {request.Path}.", null);

    private SimResponse Lookup(SimRequest request)
    {
        var raw = Uri.UnescapeDataString(request.Path["/mnp/".Length..]);
        var number = MnpFixtures.Normalize(raw);
        if (number is null)
        {
            return Error(400, "INVALID_MSISDN", "Expected an international mobile number (e.g. 27821234567), a South African 0-prefixed number or a Botswana 8-digit number.", raw);
        }

        var range = MnpFixtures.RangeOf(number);
        MnpNetwork? network;
        bool ported;
        if (_overrides.TryGetValue(number, out var overrideId) || MnpFixtures.PortedNumbers.TryGetValue(number, out overrideId))
        {
            network = MnpFixtures.ById(overrideId);
            ported = network != range;
        }
        else
        {
            network = range;
            ported = false;
        }

        if (network is null)
        {
            return Error(404, "UNKNOWN_NUMBER", "The number is not in any known network range.", number);
        }

        return SimResponse.Json(200, new
        {
            msisdn = number,
            countryCode = network.CountryCode,
            networkId = network.Id,
            network = network.Name,
            mccMnc = network.MccMnc,
            ported,
            supported = network.Supported,
            status = network.Supported ? "OK" : "UNSUPPORTED_NETWORK",
            message = network.Supported ? null : $"{network.Name} is not a supported network.",
        });
    }

    private static SimResponse Error(int statusCode, string code, string message, string? msisdn) =>
        SimResponse.Json(statusCode, new { status = "ERROR", errorCode = code, errorMessage = message, msisdn });
}
