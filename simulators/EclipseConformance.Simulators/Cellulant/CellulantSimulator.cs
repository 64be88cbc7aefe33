using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EclipseConformance.Simulators.Cellulant;

/// <summary>
/// Cellulant's Beep API (VAS partner 17; Kenya and Uganda in the fixtures) as one JSON endpoint,
/// <c>POST /cellulant/beep/v1/json</c>, whose <c>function</c> names the operation: <c>BEEP.queryBill</c> (account
/// details and the service's packages), <c>BEEP.postPayment</c> (pay; idempotent by <c>payerTransactionID</c>) and
/// <c>BEEP.queryPaymentStatus</c>. Requests carry <c>countryCode</c> and <c>payload.credentials</c> + <c>payload.packet[]</c>;
/// answers carry <c>authStatus</c> and <c>results[]</c> with Beep status codes. Fixtures: <see cref="CellulantFixtures"/>,
/// simulators/README.md; wire style: ADR 0031.
/// </summary>
public sealed partial class CellulantSimulator : UpstreamSimulator
{
    public const string SimulatorName = "cellulant";
    public const string EndpointPath = "/cellulant/beep/v1/json";

    public CellulantSimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Payments = new ReferenceStore<CellulantPayment>(context.Options.StateCapacity);
    }

    /// <summary>Processed payments (delivered and rejected) by payerTransactionID.</summary>
    public ReferenceStore<CellulantPayment> Payments { get; }

    /// <summary>When set, requests with other credentials get authStatusCode 132.</summary>
    public (string Username, string Password)? ExpectedCredentials { get; set; }

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("POST", EndpointPath, OperationOf, Handle),
    ];

    protected override void OnReset() => Payments.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message)
    {
        var status = int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : CellulantFixtures.PaymentRejected;
        var result = new JsonObject { ["statusCode"] = status, ["statusDescription"] = message ?? "Rejected by the biller" };
        if (request.Operation == "postPayment" && Packet(JsonBody.Object(request)) is { } packet && JsonBody.Text(packet, "payerTransactionID") is { } id)
        {
            result["payerTransactionID"] = id;
            result["beepTransactionID"] = NewBeepId();
            Payments.AddOrGet(id, new CellulantPayment(id, Fingerprint(packet), status, result.ToJsonString()));
        }

        return Answer(CellulantFixtures.AuthSuccess, "Authentication was successful", result);
    }

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        Json(statusCode, new JsonObject { ["authStatus"] = Auth(500, "Simulated Beep failure"), ["results"] = new JsonArray() });

    protected override SimResponse RenderNotFound(SimRequest request) =>
        Json(404, new JsonObject { ["authStatus"] = Auth(404, $"No endpoint {request.Method} {request.Path}; use POST {EndpointPath}"), ["results"] = new JsonArray() });

    private static string? OperationOf(SimRequest request) =>
        JsonBody.Object(request) is { } body && JsonBody.Text(body, "function") is { } function && function.StartsWith("BEEP.", StringComparison.Ordinal)
            ? function["BEEP.".Length..]
            : null;

    private SimResponse Handle(SimRequest request)
    {
        var body = JsonBody.Object(request);
        var packet = Packet(body);
        if (body is null || packet is null || JsonBody.Text(body.Value, "countryCode") is not { Length: 2 } country)
        {
            return Json(400, new JsonObject
            {
                ["authStatus"] = Auth(CellulantFixtures.InvalidRequest, "Invalid request: countryCode, function and payload.packet[] are required"),
                ["results"] = new JsonArray(),
            });
        }

        if (ExpectedCredentials is { } expected && !CredentialsMatch(body.Value, expected))
        {
            return Answer(CellulantFixtures.AuthFailed, "Authentication failed", null);
        }

        return request.Operation switch
        {
            "queryBill" => Answer(CellulantFixtures.AuthSuccess, "Authentication was successful", QueryBill(country, packet.Value)),
            "postPayment" => PostPayment(country, packet.Value),
            "queryPaymentStatus" => Answer(CellulantFixtures.AuthSuccess, "Authentication was successful", PaymentStatus(packet.Value)),
            _ => Json(400, new JsonObject { ["authStatus"] = Auth(CellulantFixtures.InvalidRequest, "Unknown function"), ["results"] = new JsonArray() }),
        };
    }

    private JsonObject QueryBill(string country, JsonElement packet)
    {
        var service = CellulantFixtures.Service(country, JsonBody.Text(packet, "serviceCode"));
        var account = JsonBody.Text(packet, "accountNumber");
        if (service is null)
        {
            return Result(CellulantFixtures.InvalidRequest, $"Service {JsonBody.Text(packet, "serviceCode")} is not offered in {country}");
        }

        if (Holder(account) is not { } holder)
        {
            return Result(CellulantFixtures.BillNotFound, "Account not found");
        }

        var packages = new JsonArray();
        foreach (var p in service.Packages)
        {
            packages.Add(new JsonObject { ["packageCode"] = p.Code, ["packageName"] = p.Name, ["amount"] = p.Amount });
        }

        var result = Result(CellulantFixtures.BillFound, "Bill found");
        result["serviceCode"] = service.ServiceCode;
        result["serviceName"] = service.Name;
        result["accountNumber"] = account;
        result["customerName"] = holder;
        result["currencyCode"] = service.CurrencyCode;
        result["minAmount"] = service.MinAmount;
        result["maxAmount"] = service.MaxAmount;
        result["packages"] = packages;
        return result;
    }

    private SimResponse PostPayment(string country, JsonElement packet)
    {
        if (JsonBody.Text(packet, "payerTransactionID") is not { Length: > 0 and <= 64 } id)
        {
            return Answer(CellulantFixtures.AuthSuccess, "Authentication was successful", Result(CellulantFixtures.InvalidRequest, "payerTransactionID is required"));
        }

        var fingerprint = Fingerprint(packet);
        if (Payments.Find(id) is { } earlier)
        {
            return earlier.Fingerprint == fingerprint
                ? Answer(CellulantFixtures.AuthSuccess, "Authentication was successful", JsonNode.Parse(earlier.ResultJson)!.AsObject())
                : Answer(CellulantFixtures.AuthSuccess, "Authentication was successful", Result(CellulantFixtures.PaymentRejected, "Duplicate payerTransactionID with different details"));
        }

        var (status, description) = Decide(country, packet);
        var result = Result(status, description);
        result["payerTransactionID"] = id;
        result["beepTransactionID"] = NewBeepId();
        if (status == CellulantFixtures.PaymentDelivered)
        {
            var service = CellulantFixtures.Service(country, JsonBody.Text(packet, "serviceCode"))!;
            result["receiptNumber"] = service.ServiceCode.Split('-')[1] + Random.NextDigits(10, nonZeroFirst: true);
            result["serviceCode"] = service.ServiceCode;
            result["accountNumber"] = JsonBody.Text(packet, "accountNumber");
            result["customerName"] = Holder(JsonBody.Text(packet, "accountNumber"));
            result["packageCode"] = JsonBody.Text(packet, "packageCode");
            result["amount"] = JsonBody.Decimal(packet, "amount")!.Value + 0.00m;
            result["currencyCode"] = service.CurrencyCode;
            result["dateDelivered"] = Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
        }

        var stored = Payments.AddOrGet(id, new CellulantPayment(id, fingerprint, status, result.ToJsonString()));
        return Answer(CellulantFixtures.AuthSuccess, "Authentication was successful", JsonNode.Parse(stored.ResultJson)!.AsObject());
    }

    private (int Status, string Description) Decide(string country, JsonElement packet)
    {
        var service = CellulantFixtures.Service(country, JsonBody.Text(packet, "serviceCode"));
        if (service is null)
        {
            return (CellulantFixtures.InvalidRequest, $"Service {JsonBody.Text(packet, "serviceCode")} is not offered in {country}");
        }

        var account = JsonBody.Text(packet, "accountNumber");
        if (Holder(account) is null)
        {
            return (CellulantFixtures.BillNotFound, "Account not found");
        }

        if (JsonBody.Text(packet, "currencyCode") is { } currency && currency != service.CurrencyCode)
        {
            return (CellulantFixtures.PaymentRejected, $"{service.ServiceCode} is paid in {service.CurrencyCode}, not {currency}");
        }

        var package = service.Packages.FirstOrDefault(p => p.Code == JsonBody.Text(packet, "packageCode"));
        var amount = JsonBody.Decimal(packet, "amount");
        if (package is null)
        {
            return (CellulantFixtures.PaymentRejected, $"Unknown package {JsonBody.Text(packet, "packageCode")} for {service.ServiceCode}");
        }

        if (amount is not { } value || decimal.Round(value, 2) != value || (package.Amount is { } price ? value != price : value < service.MinAmount || value > service.MaxAmount))
        {
            return (CellulantFixtures.PaymentRejected, package.Amount is { } p
                ? $"Invalid amount: {package.Name} costs {Money(p)} {service.CurrencyCode}"
                : $"Invalid amount: {Money(service.MinAmount)} - {Money(service.MaxAmount)} {service.CurrencyCode}");
        }

        return CellulantFixtures.Account(account) is { } known
            ? (known.PaymentStatusCode, known.PaymentStatusDescription)
            : (CellulantFixtures.PaymentDelivered, "Payment delivered to the biller");
    }

    private JsonObject PaymentStatus(JsonElement packet) =>
        JsonBody.Text(packet, "payerTransactionID") is { } id && Payments.Find(id) is { } payment
            ? JsonNode.Parse(payment.ResultJson)!.AsObject()
            : Result(CellulantFixtures.TransactionNotFound, "Transaction not found");

    /// <summary>The account holder, or null when the account is not found (fixture not-found, malformed, or unknown in ProductionLike mode).</summary>
    private string? Holder(string? account)
    {
        if (account is null || !AccountPattern().IsMatch(account))
        {
            return null;
        }

        if (CellulantFixtures.Account(account) is { } known)
        {
            return known.PaymentStatusCode == CellulantFixtures.BillNotFound ? null : known.CustomerName;
        }

        return Options.FixtureMode == FixtureMode.Sandbox ? CellulantFixtures.SandboxCustomer : null;
    }

    private static JsonElement? Packet(JsonElement? body) =>
        body is { } b && b.TryGetProperty("payload", out var payload) && payload.ValueKind == JsonValueKind.Object
            && payload.TryGetProperty("packet", out var packets) && packets.ValueKind == JsonValueKind.Array && packets.GetArrayLength() > 0
            && packets[0].ValueKind == JsonValueKind.Object
            ? packets[0]
            : null;

    private static bool CredentialsMatch(JsonElement body, (string Username, string Password) expected) =>
        body.TryGetProperty("payload", out var payload) && payload.TryGetProperty("credentials", out var credentials)
        && JsonBody.Text(credentials, "username") == expected.Username && JsonBody.Text(credentials, "password") == expected.Password;

    private string NewBeepId() => Random.NextDigits(9, nonZeroFirst: true);

    private static string Fingerprint(JsonElement packet) => string.Join('|',
        JsonBody.Text(packet, "serviceCode"), JsonBody.Text(packet, "accountNumber"), JsonBody.Text(packet, "packageCode"),
        JsonBody.Decimal(packet, "amount")?.ToString("0.00", CultureInfo.InvariantCulture));

    private static JsonObject Auth(int code, string description) => new() { ["authStatusCode"] = code, ["authStatusDescription"] = description };

    private static JsonObject Result(int code, string description) => new() { ["statusCode"] = code, ["statusDescription"] = description };

    private static SimResponse Answer(int authCode, string authDescription, JsonObject? result) => Json(200, new JsonObject
    {
        ["authStatus"] = Auth(authCode, authDescription),
        ["results"] = result is null ? new JsonArray() : new JsonArray(result),
    });

    private static SimResponse Json(int status, JsonObject body) => new(status, SimResponse.JsonContentType, body.ToJsonString(JsonSerializerOptions.Default));

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);

    [GeneratedRegex("^[A-Za-z0-9]{6,20}$")]
    private static partial Regex AccountPattern();
}
