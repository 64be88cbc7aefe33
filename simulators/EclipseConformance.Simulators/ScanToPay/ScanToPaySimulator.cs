using System.Globalization;

namespace EclipseConformance.Simulators.ScanToPay;

/// <summary>
/// Scan to Pay (Masterpass/Oltio, VAS partner 5, South Africa) as a JSON REST service with HTTP Basic credentials
/// (<c>oltio.config.username</c>/<c>password</c>): the product list, recharges (remembered by the caller's reference,
/// so a repeat replays the first answer) and a status query. The document shows no upstream wire format; this one is
/// designed (ADR 0028). Contract and magic values: simulators/README.md.
/// </summary>
public sealed class ScanToPaySimulator : UpstreamSimulator
{
    public const string SimulatorName = "scantopay";
    public const string BasePath = "/oltio/vas/v1";
    public const string Approved = "00";

    public ScanToPaySimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Recharges = new BoundedReferenceStore<ScanToPayRecharge>(context.Options.StateCapacity);
    }

    /// <summary>Every recharge processed, by the caller's reference.</summary>
    public BoundedReferenceStore<ScanToPayRecharge> Recharges { get; }

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("GET", BasePath + "/products", _ => "Products", Products),
        new SimRoute("POST", BasePath + "/recharges", _ => "Recharge", Recharge),
        new SimRoute("GET", BasePath + "/recharges/*", _ => "Status", Status),
    ];

    protected override void OnReset() => Recharges.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message) =>
        SimResponse.Json(200, new { responseCode = code, responseMessage = message ?? "Declined by Scan to Pay." });

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        SimResponse.Json(statusCode, new { responseCode = "96", responseMessage = "System malfunction (simulated HTTP " + statusCode.ToString(CultureInfo.InvariantCulture) + ")." });

    protected override SimResponse RenderNotFound(SimRequest request) =>
        SimResponse.Json(404, new { responseCode = "40", responseMessage = $"No Scan to Pay endpoint {request.Method} {request.Path}." });

    private static SimResponse? Unauthorised(SimRequest request) =>
        request.Header("Authorization") is { } auth && auth.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase)
            ? null
            : SimResponse.Json(401, new { responseCode = "63", responseMessage = "Security violation: HTTP Basic credentials are required." });

    private static SimResponse Products(SimRequest request) => Unauthorised(request) ?? SimResponse.Json(200, new
    {
        responseCode = Approved,
        responseMessage = "OK",
        products = ScanToPayFixtures.Products.Select(p => new { network = p.Network, productCode = p.ProductCode, productName = p.ProductName, productType = p.ProductType }),
    });

    private SimResponse Recharge(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var reference = request.Field("reference");
        var code = request.Field("productCode");
        var msisdn = request.Field("msisdn");
        var amountText = request.Field("amount");
        if (reference is null || code is null || msisdn is null
            || !decimal.TryParse(amountText, NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return SimResponse.Json(400, new { responseCode = "30", responseMessage = "Format error: reference, productCode, msisdn and amount are required." });
        }

        var recharge = Recharges.GetOrAdd(reference, () =>
        {
            var (responseCode, message) = ScanToPayFixtures.ByCode(code) is null ? ("12", $"Invalid product {code}.")
                : msisdn.EndsWith(ScanToPayFixtures.InvalidSubscriberSuffix, StringComparison.Ordinal) ? ("14", "Invalid subscriber number.")
                : amount <= 0m || amount > ScanToPayFixtures.MaxAmount ? ("13", "Invalid amount.")
                : (Approved, "SUCCESS");
            return new ScanToPayRecharge(reference, code, msisdn, amount, responseCode, message,
                responseCode == Approved ? "STP" + Random.NextDigits(10, nonZeroFirst: true) : null, Clock.GetUtcNow());
        });
        return SimResponse.Json(200, recharge.ToWire());
    }

    private SimResponse Status(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var reference = Uri.UnescapeDataString(request.Path[(BasePath + "/recharges/").Length..]);
        return Recharges.Find(reference) is { } recharge
            ? SimResponse.Json(200, recharge.ToWire())
            : SimResponse.Json(404, new { responseCode = "25", responseMessage = "Unable to locate record.", reference });
    }
}
