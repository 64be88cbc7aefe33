using System.Globalization;

namespace EclipseConformance.Simulators.Kganya;

/// <summary>
/// Kganya (VAS partner 16, South Africa: bills and data bundles) as a JSON REST service under
/// <c>kganya.config.baseUrl</c> with the <c>x-api-key</c> header (<c>kganya.config.apiKey</c>): a customer's payable
/// items by ID number (and mobile), payments (remembered by the caller's reference) and a status query. The document
/// shows no upstream wire format; this one is designed (ADR 0028). Contract: simulators/README.md.
/// </summary>
public sealed class KganyaSimulator : UpstreamSimulator
{
    public const string SimulatorName = "kganya";
    public const string BasePath = "/api/v1";

    public KganyaSimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Payments = new BoundedReferenceStore<KganyaPayment>(context.Options.StateCapacity);
    }

    /// <summary>Every payment processed, by the caller's reference.</summary>
    public BoundedReferenceStore<KganyaPayment> Payments { get; }

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("GET", BasePath + "/customers/*", _ => "Products", Products),
        new SimRoute("POST", BasePath + "/payments", _ => "Pay", Pay),
        new SimRoute("GET", BasePath + "/payments/*", _ => "Status", Status),
    ];

    protected override void OnReset() => Payments.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message) =>
        SimResponse.Json(200, new { success = false, errorCode = code, message = message ?? "Declined by Kganya." });

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        SimResponse.Json(statusCode, new { success = false, errorCode = "UNAVAILABLE", message = "Kganya is unavailable (simulated HTTP " + statusCode.ToString(CultureInfo.InvariantCulture) + ")." });

    protected override SimResponse RenderNotFound(SimRequest request) =>
        SimResponse.Json(404, new { success = false, errorCode = "NO_ENDPOINT", message = $"No Kganya endpoint {request.Method} {request.Path}." });

    private static SimResponse? Unauthorised(SimRequest request) => string.IsNullOrWhiteSpace(request.Header("x-api-key"))
        ? SimResponse.Json(401, new { success = false, errorCode = "UNAUTHORISED", message = "x-api-key header is required." })
        : null;

    /// <summary><c>GET /api/v1/customers/{idNumber}/products?mobile={mobile or 0}</c>.</summary>
    private static SimResponse Products(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var rest = request.Path[(BasePath + "/customers/").Length..].Split('/');
        if (rest.Length != 2 || rest[1] != "products")
        {
            return SimResponse.Json(404, new { success = false, errorCode = "NO_ENDPOINT", message = "Use GET /api/v1/customers/{idNumber}/products?mobile=..." });
        }

        var idNumber = Uri.UnescapeDataString(rest[0]);
        var mobile = QueryValue(request.Query, "mobile") ?? "0";
        if (KganyaFixtures.Find(idNumber, mobile) is not { } customer)
        {
            return SimResponse.Json(404, new { success = false, errorCode = "CUSTOMER_NOT_FOUND", message = "Customer not found." });
        }

        return SimResponse.Json(200, new
        {
            success = true,
            customer = new { idNumber = customer.IdNumber, name = customer.Name },
            products = customer.Products.Select(p => new
            {
                productId = KganyaFixtures.ProductId(mobile, customer, p),
                name = p.Name,
                type = p.Type,
                amountDue = p.AmountDue,
                status = p.Lapsed ? "LAPSED" : "ACTIVE",
            }),
        });
    }

    private SimResponse Pay(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var reference = request.Field("reference");
        var productId = request.Field("productId");
        if (reference is null || productId is null
            || !decimal.TryParse(request.Field("amount"), NumberStyles.Number, CultureInfo.InvariantCulture, out var amount))
        {
            return SimResponse.Json(400, new { success = false, errorCode = "BAD_REQUEST", message = "reference, productId and amount are required." });
        }

        var payment = Payments.GetOrAdd(reference, () =>
        {
            var product = KganyaFixtures.Product(productId);
            var (error, message) = product is null ? ("PRODUCT_NOT_FOUND", $"No product {productId}.")
                : product.Lapsed ? ("LAPSED", "Policy lapsed: payment not accepted.")
                : amount <= 0m || amount > KganyaFixtures.MaxAmount ? ("INVALID_AMOUNT", "Invalid amount.")
                : ((string?)null, "Payment received");
            return new KganyaPayment(reference, productId, amount, error, message,
                error is null ? "KG" + Random.NextDigits(10, nonZeroFirst: true) : null, Clock.GetUtcNow());
        });
        return SimResponse.Json(200, payment.ToWire());
    }

    private SimResponse Status(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var reference = Uri.UnescapeDataString(request.Path[(BasePath + "/payments/").Length..]);
        return Payments.Find(reference) is { } payment
            ? SimResponse.Json(200, payment.ToWire())
            : SimResponse.Json(404, new { success = false, errorCode = "NOT_FOUND", message = "No payment with that reference.", reference });
    }

    private static string? QueryValue(string query, string name)
    {
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && pair[..eq] == name)
            {
                return Uri.UnescapeDataString(pair[(eq + 1)..]);
            }
        }

        return null;
    }
}
