using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EclipseConformance.Simulators.PayAt;

/// <summary>
/// Pay@ bill payments (VAS partner 14, South Africa) as a JSON REST service: <c>GET /payat/v1/billers</c> (the catalog),
/// <c>POST /payat/v1/payments</c> (pay a biller account; idempotent by <c>reference</c>) and
/// <c>GET /payat/v1/payments/{reference}</c> (the status check after a lost answer). Business outcomes are HTTP 200 with
/// an ISO-style <c>responseCode</c> ("00" approves); a malformed request is 400 "30". Fixtures and magic accounts:
/// <see cref="PayAtFixtures"/>, simulators/README.md. Wire style chosen in ADR 0030.
/// </summary>
public sealed class PayAtSimulator : UpstreamSimulator
{
    public const string SimulatorName = "payat";
    public const string BasePath = "/payat/v1";
    public const string ApiKeyHeader = "X-PayAt-Api-Key";

    public PayAtSimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Payments = new ReferenceStore<PayAtPayment>(context.Options.StateCapacity);
    }

    /// <summary>Processed payments (approved and declined) by reference.</summary>
    public ReferenceStore<PayAtPayment> Payments { get; }

    /// <summary>When set, requests without this API key are refused with HTTP 401.</summary>
    public string? ExpectedApiKey { get; set; }

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("GET", BasePath + "/billers", _ => "Billers", Billers),
        new SimRoute("POST", BasePath + "/payments", _ => "Pay", Pay),
        new SimRoute("GET", BasePath + "/payments/*", _ => "Status", Status),
    ];

    protected override void OnReset() => Payments.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message)
    {
        var answer = Answer(code, message ?? "DECLINED BY BILLER", "DECLINED");
        if (request.Operation == "Pay" && JsonBody.Object(request) is { } body && JsonBody.Text(body, "reference") is { } reference)
        {
            answer["reference"] = reference;
            answer["transactionId"] = NewTransactionId();
            Payments.AddOrGet(reference, new PayAtPayment(reference, Fingerprint(body), false, answer.ToJsonString()));
        }

        return Json(200, answer);
    }

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        Json(statusCode, Answer(PayAtFixtures.IssuerUnavailable, "SIMULATED PAY@ FAILURE", "ERROR"));

    protected override SimResponse RenderNotFound(SimRequest request) =>
        Json(404, Answer(PayAtFixtures.NotFound, $"NO RESOURCE {request.Method} {request.Path}", "ERROR"));

    private SimResponse Billers(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var billers = new JsonArray();
        foreach (var b in PayAtFixtures.Billers)
        {
            billers.Add(new JsonObject
            {
                ["billerId"] = b.BillerId,
                ["billerName"] = b.Name,
                ["category"] = b.Category,
                ["accountNumberLabel"] = "Account number",
                ["accountNumberRegex"] = b.AccountRegex,
                ["minAmount"] = b.MinAmount,
                ["maxAmount"] = b.MaxAmount,
            });
        }

        var answer = Answer(PayAtFixtures.Approved, "SUCCESS", null);
        answer["billers"] = billers;
        return Json(200, answer);
    }

    private SimResponse Pay(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        if (JsonBody.Object(request) is not { } body || JsonBody.Text(body, "reference") is not { Length: > 0 and <= 64 } reference)
        {
            return Json(400, Answer(PayAtFixtures.FormatError, "FORMAT ERROR: reference, billerId, accountNumber and amount are required", "ERROR"));
        }

        var fingerprint = Fingerprint(body);
        if (Payments.Find(reference) is { } earlier)
        {
            return earlier.Fingerprint == fingerprint
                ? new SimResponse(200, SimResponse.JsonContentType, earlier.AnswerJson)
                : Json(200, Answer(PayAtFixtures.DuplicateReference, "DUPLICATE REFERENCE WITH DIFFERENT DETAILS", "DECLINED"));
        }

        var (code, message, customer) = Decide(body);
        var answer = Answer(code, message, code == PayAtFixtures.Approved ? "APPROVED" : "DECLINED");
        answer["reference"] = reference;
        answer["transactionId"] = NewTransactionId();
        if (code == PayAtFixtures.Approved)
        {
            var biller = PayAtFixtures.Biller(JsonBody.Text(body, "billerId"))!;
            answer["receiptNumber"] = Random.NextDigits(10, nonZeroFirst: true);
            answer["billerId"] = biller.BillerId;
            answer["billerName"] = biller.Name;
            answer["accountNumber"] = JsonBody.Text(body, "accountNumber");
            answer["customerName"] = customer;
            answer["amount"] = JsonBody.Decimal(body, "amount")!.Value + 0.00m;
            answer["currency"] = "ZAR";
            answer["processedAt"] = Clock.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }

        var stored = Payments.AddOrGet(reference, new PayAtPayment(reference, fingerprint, code == PayAtFixtures.Approved, answer.ToJsonString()));
        return new SimResponse(200, SimResponse.JsonContentType, stored.AnswerJson);
    }

    private (string Code, string Message, string Customer) Decide(JsonElement body)
    {
        var biller = PayAtFixtures.Biller(JsonBody.Text(body, "billerId"));
        var account = JsonBody.Text(body, "accountNumber");
        var amount = JsonBody.Decimal(body, "amount");
        if (biller is null)
        {
            return (PayAtFixtures.AccountNotFound, "UNKNOWN BILLER", "");
        }

        if (account is null || !Regex.IsMatch(account, biller.AccountRegex, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)))
        {
            return (PayAtFixtures.AccountNotFound, $"INVALID ACCOUNT NUMBER FOR {biller.Name.ToUpperInvariant()}", "");
        }

        if (amount is not { } value || value < biller.MinAmount || value > biller.MaxAmount || decimal.Round(value, 2) != value)
        {
            return (PayAtFixtures.InvalidAmount, $"INVALID AMOUNT: {Money(biller.MinAmount)} - {Money(biller.MaxAmount)}", "");
        }

        if (PayAtFixtures.Account(account) is { } known)
        {
            return (known.ResponseCode, known.ResponseMessage, known.CustomerName);
        }

        return Options.FixtureMode == FixtureMode.Sandbox
            ? (PayAtFixtures.Approved, "APPROVED", PayAtFixtures.SandboxCustomer)
            : (PayAtFixtures.AccountNotFound, "ACCOUNT NOT FOUND", "");
    }

    private SimResponse Status(SimRequest request)
    {
        if (Unauthorised(request) is { } refused)
        {
            return refused;
        }

        var reference = Uri.UnescapeDataString(request.Path[(BasePath + "/payments/").Length..]);
        return Payments.Find(reference) is { } payment
            ? new SimResponse(200, SimResponse.JsonContentType, payment.AnswerJson)
            : Json(404, Answer(PayAtFixtures.NotFound, "TRANSACTION NOT FOUND", "NOT_FOUND"));
    }

    private SimResponse? Unauthorised(SimRequest request) =>
        ExpectedApiKey is { } key && request.Header(ApiKeyHeader) != key
            ? Json(401, Answer("63", "SECURITY VIOLATION: INVALID API KEY", "ERROR"))
            : null;

    private string NewTransactionId() => "PAT" + Random.NextDigits(14, nonZeroFirst: true);

    private static string Fingerprint(JsonElement body) =>
        string.Join('|', JsonBody.Text(body, "billerId"), JsonBody.Text(body, "accountNumber"), JsonBody.Decimal(body, "amount")?.ToString("0.00", CultureInfo.InvariantCulture));

    private static JsonObject Answer(string code, string message, string? status)
    {
        var answer = new JsonObject { ["responseCode"] = code, ["responseMessage"] = message };
        if (status is not null)
        {
            answer["status"] = status;
        }

        return answer;
    }

    private static SimResponse Json(int status, JsonObject body) => new(status, SimResponse.JsonContentType, body.ToJsonString(JsonSerializerOptions.Default));

    private static string Money(decimal value) => value.ToString("0.00", CultureInfo.InvariantCulture);
}
