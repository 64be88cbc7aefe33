using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EclipseConformance.Simulators.EasyPay;

/// <summary>
/// EasyPay value-added services (VAS partner 15, South Africa) as a JSON REST service with PascalCase fields:
/// <c>GET /easypay/api/v2/products</c>, <c>POST /easypay/api/v2/transactions</c> (sell airtime, SMS packs, data; idempotent
/// by <c>ClientReference</c>) and <c>GET /easypay/api/v2/transactions/{clientReference}</c>. Business outcomes are HTTP 200
/// with a numeric <c>ResponseCode</c> (0 approves); a malformed request is 400 with 30. Fixtures and magic numbers:
/// <see cref="EasyPayFixtures"/>, simulators/README.md. Wire style chosen in ADR 0030.
/// </summary>
public sealed class EasyPaySimulator : UpstreamSimulator
{
    public const string SimulatorName = "easypay";
    public const string BasePath = "/easypay/api/v2";
    public const string TerminalHeader = "X-EasyPay-Terminal";

    public EasyPaySimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Transactions = new ReferenceStore<EasyPayTransaction>(context.Options.StateCapacity);
    }

    /// <summary>Processed transactions (approved and declined) by client reference.</summary>
    public ReferenceStore<EasyPayTransaction> Transactions { get; }

    /// <summary>When set, requests from another terminal id are refused with HTTP 401.</summary>
    public string? ExpectedTerminal { get; set; }

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("GET", BasePath + "/products", _ => "Products", Products),
        new SimRoute("POST", BasePath + "/transactions", _ => "Sell", Sell),
        new SimRoute("GET", BasePath + "/transactions/*", _ => "Status", Status),
    ];

    protected override void OnReset() => Transactions.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message)
    {
        var numeric = int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : EasyPayFixtures.Declined;
        var answer = Answer(numeric, message ?? "Declined", "Declined");
        if (request.Operation == "Sell" && JsonBody.Object(request) is { } body && JsonBody.Text(body, "ClientReference") is { } reference)
        {
            answer["ClientReference"] = reference;
            answer["TransactionId"] = NewTransactionId();
            Transactions.AddOrGet(reference, new EasyPayTransaction(reference, Fingerprint(body), false, answer.ToJsonString()));
        }

        return Json(200, answer);
    }

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        Json(statusCode, Answer(EasyPayFixtures.NetworkUnavailable, "Simulated EasyPay failure", "Error"));

    protected override SimResponse RenderNotFound(SimRequest request) =>
        Json(404, Answer(EasyPayFixtures.NotFound, $"No resource {request.Method} {request.Path}", "Error"));

    private SimResponse Products(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var products = new JsonArray();
        foreach (var p in EasyPayFixtures.Products)
        {
            products.Add(new JsonObject
            {
                ["ProductCode"] = p.ProductCode,
                ["ProductName"] = p.Name,
                ["Network"] = p.Network,
                ["Category"] = p.Category,
                ["Pinned"] = p.Pinned,
                ["FixedAmount"] = p.FixedAmount,
                ["MinAmount"] = p.MinAmount,
                ["MaxAmount"] = p.MaxAmount,
                ["RequiredFields"] = new JsonArray("msisdn"),
            });
        }

        var answer = Answer(EasyPayFixtures.Approved, "OK", null);
        answer["Products"] = products;
        return Json(200, answer);
    }

    private SimResponse Sell(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        if (JsonBody.Object(request) is not { } body || JsonBody.Text(body, "ClientReference") is not { Length: > 0 and <= 64 } reference)
        {
            return Json(400, Answer(EasyPayFixtures.FormatError, "Format error: ClientReference, ProductCode, Msisdn and Amount are required", "Error"));
        }

        var fingerprint = Fingerprint(body);
        if (Transactions.Find(reference) is { } earlier)
        {
            return earlier.Fingerprint == fingerprint
                ? new SimResponse(200, SimResponse.JsonContentType, earlier.AnswerJson)
                : Json(200, Answer(EasyPayFixtures.DuplicateReference, "Duplicate ClientReference with different details", "Declined"));
        }

        var (code, message, product, msisdn) = Decide(body);
        var approved = code == EasyPayFixtures.Approved;
        var answer = Answer(code, message, approved ? "Approved" : "Declined");
        answer["ClientReference"] = reference;
        answer["TransactionId"] = NewTransactionId();
        if (approved)
        {
            var amount = JsonBody.Decimal(body, "Amount")!.Value + 0.00m;
            answer["ProductCode"] = product!.ProductCode;
            answer["ProductName"] = product.Name;
            answer["Network"] = product.Network;
            answer["Msisdn"] = msisdn;
            answer["Amount"] = amount;
            answer["Voucher"] = product.Pinned
                ? new JsonObject { ["Pin"] = Random.NextDigits(16, nonZeroFirst: true), ["Serial"] = Random.NextDigits(12, nonZeroFirst: true), ["Instructions"] = "Dial *100*01*PIN# to recharge" }
                : null;
            answer["Receipt"] = $"EASYPAY\n{product.Name}\nMSISDN: {msisdn}\nAMOUNT: R {amount.ToString("0.00", CultureInfo.InvariantCulture)}\nREF: {reference}\n";
            answer["TransactionDate"] = Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        var stored = Transactions.AddOrGet(reference, new EasyPayTransaction(reference, fingerprint, approved, answer.ToJsonString()));
        return new SimResponse(200, SimResponse.JsonContentType, stored.AnswerJson);
    }

    private (int Code, string Message, EasyPayProduct? Product, string? Msisdn) Decide(JsonElement body)
    {
        var product = EasyPayFixtures.Product(int.TryParse(JsonBody.Text(body, "ProductCode"), NumberStyles.None, CultureInfo.InvariantCulture, out var code) ? code : null);
        if (product is null)
        {
            return (EasyPayFixtures.FormatError, "Unknown ProductCode", null, null);
        }

        var msisdn = EasyPayFixtures.International(JsonBody.Text(body, "Msisdn"));
        if (msisdn is null)
        {
            return (EasyPayFixtures.SubscriberNotFound, "Invalid Msisdn: expected a South African mobile number", product, null);
        }

        var amount = JsonBody.Decimal(body, "Amount");
        if (amount is not { } value || value < product.MinAmount || value > product.MaxAmount || decimal.Round(value, 2) != value)
        {
            return (EasyPayFixtures.InvalidAmount, product.FixedAmount is { } fixedAmount
                ? $"Invalid amount: {product.Name} costs {fixedAmount.ToString("0.00", CultureInfo.InvariantCulture)}"
                : $"Invalid amount: {product.MinAmount.ToString("0.00", CultureInfo.InvariantCulture)} - {product.MaxAmount.ToString("0.00", CultureInfo.InvariantCulture)}", product, msisdn);
        }

        if (EasyPayFixtures.Subscribers.TryGetValue(msisdn, out var fate))
        {
            return (fate.Code, fate.Message, product, msisdn);
        }

        return Options.FixtureMode == FixtureMode.Sandbox
            ? (EasyPayFixtures.Approved, "Approved", product, msisdn)
            : (EasyPayFixtures.SubscriberNotFound, "Subscriber not found", product, msisdn);
    }

    private SimResponse Status(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var reference = Uri.UnescapeDataString(request.Path[(BasePath + "/transactions/").Length..]);
        return Transactions.Find(reference) is { } transaction
            ? new SimResponse(200, SimResponse.JsonContentType, transaction.AnswerJson)
            : Json(404, Answer(EasyPayFixtures.NotFound, "Transaction not found", "NotFound"));
    }

    private SimResponse? Unauthorised(SimRequest request) =>
        ExpectedTerminal is { } terminal && request.Header(TerminalHeader) != terminal
            ? Json(401, Answer(63, "Unknown terminal", "Error"))
            : null;

    private string NewTransactionId() => "EP" + Random.NextDigits(12, nonZeroFirst: true);

    private static string Fingerprint(JsonElement body) =>
        string.Join('|', JsonBody.Text(body, "ProductCode"), JsonBody.Text(body, "Msisdn"), JsonBody.Decimal(body, "Amount")?.ToString("0.00", CultureInfo.InvariantCulture));

    private static JsonObject Answer(int code, string message, string? status)
    {
        var answer = new JsonObject { ["ResponseCode"] = code, ["ResponseMessage"] = message };
        if (status is not null)
        {
            answer["Status"] = status;
        }

        return answer;
    }

    private static SimResponse Json(int status, JsonObject body) => new(status, SimResponse.JsonContentType, body.ToJsonString(JsonSerializerOptions.Default));
}
