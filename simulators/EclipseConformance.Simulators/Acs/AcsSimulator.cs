using System.Globalization;

namespace EclipseConformance.Simulators.Acs;

/// <summary>
/// ACS (VAS partner 4, South Africa: airtime, data, SMS bundles and prepaid electricity) as a JSON REST service with an
/// <c>X-Api-Key</c> header: the catalogue, voucher purchases (remembered by the caller's clientReference; a repeat
/// replays the first answer) and a status query. Electricity answers a sandbox dummy UnPin and the USSD string to dial.
/// The document shows no upstream wire format; this one is designed (ADR 0028). Contract: simulators/README.md.
/// </summary>
public sealed class AcsSimulator : UpstreamSimulator
{
    public const string SimulatorName = "acs";
    public const string BasePath = "/acs/api/v1";

    public AcsSimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Vouchers = new BoundedReferenceStore<AcsVoucher>(context.Options.StateCapacity);
    }

    /// <summary>Every voucher request processed, by clientReference.</summary>
    public BoundedReferenceStore<AcsVoucher> Vouchers { get; }

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("GET", BasePath + "/catalogue", _ => "Catalogue", Catalogue),
        new SimRoute("POST", BasePath + "/vouchers", _ => "Purchase", Purchase),
        new SimRoute("GET", BasePath + "/vouchers/*", _ => "Status", Status),
    ];

    protected override void OnReset() => Vouchers.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message) =>
        SimResponse.Json(200, new { status = "FAILED", errorCode = code, message = message ?? "Declined by ACS." });

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        SimResponse.Json(statusCode, new { status = "ERROR", errorCode = "E99", message = "ACS is unavailable (simulated HTTP " + statusCode.ToString(CultureInfo.InvariantCulture) + ")." });

    protected override SimResponse RenderNotFound(SimRequest request) =>
        SimResponse.Json(404, new { status = "ERROR", errorCode = "E40", message = $"No ACS endpoint {request.Method} {request.Path}." });

    private static SimResponse? Unauthorised(SimRequest request) => string.IsNullOrWhiteSpace(request.Header("X-Api-Key"))
        ? SimResponse.Json(401, new { status = "ERROR", errorCode = "E01", message = "X-Api-Key header is required." })
        : null;

    private static SimResponse Catalogue(SimRequest request) => Unauthorised(request) ?? SimResponse.Json(200, new
    {
        status = "OK",
        items = AcsFixtures.Products.Select(p => new { network = p.Network, code = p.Code, description = p.Description, category = p.Category }),
    });

    private SimResponse Purchase(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var reference = request.Field("clientReference");
        var code = request.Field("productCode");
        if (reference is null || code is null
            || !decimal.TryParse(request.Field("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return SimResponse.Json(400, new { status = "ERROR", errorCode = "E30", message = "clientReference, productCode and amount are required." });
        }

        var voucher = Vouchers.GetOrAdd(reference, () => Process(reference, code, request.Field("msisdn"), request.Field("meterNumber"), amount));
        return SimResponse.Json(200, voucher.ToWire());
    }

    private AcsVoucher Process(string reference, string code, string? msisdn, string? meter, decimal amount)
    {
        var product = AcsFixtures.ByCode(code);
        var electricity = product?.Category == "ELECTRICITY";
        var (error, message) = product is null ? ("E12", $"Unknown product {code}.")
            : electricity && (meter is not { Length: 11 } || !meter.All(char.IsAsciiDigit)) ? ("E20", "Invalid meter number.")
            : electricity && meter == AcsFixtures.BlockedMeter ? ("E21", "Meter blocked: contact the municipality.")
            : !electricity && msisdn is null ? ("E30", "msisdn is required.")
            : !electricity && msisdn!.EndsWith(AcsFixtures.InvalidSubscriberSuffix, StringComparison.Ordinal) ? ("E14", "Invalid subscriber.")
            : amount <= 0m || amount > AcsFixtures.MaxAmount ? ("E13", "Invalid amount.")
            : ((string?)null, "Voucher issued");
        var issued = error is null;
        var unPin = issued && electricity ? string.Join("-", Enumerable.Range(0, 4).Select(_ => Random.NextDigits(4))) : null;
        return new AcsVoucher(reference, code, msisdn, meter, amount, error, message,
            issued ? "ACS" + Random.NextDigits(12, nonZeroFirst: true) : null,
            unPin, unPin is null ? null : AcsFixtures.UssdString(meter!),
            Clock.GetUtcNow());
    }

    private SimResponse Status(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var reference = Uri.UnescapeDataString(request.Path[(BasePath + "/vouchers/").Length..]);
        return Vouchers.Find(reference) is { } voucher
            ? SimResponse.Json(200, voucher.ToWire())
            : SimResponse.Json(404, new { status = "NOT_FOUND", errorCode = "E25", message = "No voucher with that clientReference.", clientReference = reference });
    }
}
