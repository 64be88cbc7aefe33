using System.Text.Json;
using System.Text.RegularExpressions;

namespace EclipseConformance.Simulators.AtmNetwork;

/// <summary>
/// The ATM / retail cash-token network (a Paycorp-like switch): JSON over HTTP. The issuer registers each cash token
/// (<c>POST /atm/tokens</c>) with the URL and key to ask for authorisation; a customer at an ATM or till cashes it
/// out (<c>POST /atm/cash-out</c> with gateway, token and phone): the network checks the token and phone, asks the
/// issuer to authorise over HTTP, and dispenses only when the issuer agrees. See simulators/README.md.
/// </summary>
public sealed partial class AtmNetworkSimulator : UpstreamSimulator
{
    public const string SimulatorName = "atm";
    public const string KeyHeader = "X-Gateway-Key";

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);
    private readonly HttpClient _issuer;

    public AtmNetworkSimulator(SimulatorContext context)
        : base(SimulatorName, context)
    {
        Tokens = new AtmTokenStore(context.Options.StateCapacity);
        _issuer = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, PooledConnectionLifetime = TimeSpan.FromMinutes(2) })
        {
            Timeout = TimeSpan.FromSeconds(10),
        };
    }

    /// <summary>Every registered token, bounded by <see cref="SimulatorOptions.StateCapacity"/>.</summary>
    public AtmTokenStore Tokens { get; }

    /// <summary>How long the network waits for the issuer's authorisation (real time, like a switch's timer).</summary>
    public TimeSpan AuthoriseTimeout
    {
        get => _issuer.Timeout;
        set => _issuer.Timeout = value > TimeSpan.Zero && value <= TimeSpan.FromMinutes(5)
            ? value
            : throw new ArgumentOutOfRangeException(nameof(value), value, "Between 1 ms and 5 minutes.");
    }

    protected override IEnumerable<SimRoute> DefineRoutes() =>
    [
        new SimRoute("POST", "/atm/tokens", _ => "Register", Register),
        new SimRoute("GET", "/atm/tokens/*", _ => "Query", Query),
        SimRoute.Async("POST", "/atm/cash-out", _ => "CashOut", CashOutAsync),
    ];

    protected override void OnReset() => Tokens.Clear();

    protected override SimResponse RenderBusinessError(SimRequest request, string code, string? message) =>
        Refused(422, "DECLINED", code, message ?? "Declined by the network.");

    protected override SimResponse RenderHttpError(SimRequest request, int statusCode) =>
        Refused(statusCode, "ERROR", "NETWORK_ERROR", "Simulated network failure.");

    protected override SimResponse RenderNotFound(SimRequest request) =>
        Refused(404, "ERROR", "NOT_FOUND", $"No endpoint {request.Method} {request.Path}.");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _issuer.Dispose();
        }
    }

    private SimResponse Register(SimRequest request)
    {
        if (!TryRead<AtmRegisterRequest>(request, out var body, out var invalid))
        {
            return invalid;
        }

        var problem = Problem(body);
        if (problem is not null)
        {
            return Refused(400, "REJECTED", "INVALID_FIELD", problem);
        }

        var token = new AtmToken(
            "AT" + Random.NextHex(12), body.Reference!, body.Gateway!, body.Token!, body.Phone is null ? null : Digits(body.Phone), body.Amount!.Value,
            body.Currency!, body.Expires, new Uri(body.AuthoriseUrl!), body.AuthoriseKey!, Clock.GetUtcNow());
        var (stored, existing) = Tokens.Add(token);
        if (existing is null)
        {
            return Registered(201, stored, duplicate: false);
        }

        if (existing.Reference == token.Reference && existing.SameAs(token))
        {
            return Registered(200, existing, duplicate: true);
        }

        return existing.Reference == token.Reference
            ? Refused(409, "REJECTED", "DUPLICATE_REFERENCE", $"Reference '{token.Reference}' is registered with other details.")
            : Refused(409, "REJECTED", "TOKEN_IN_USE", "Another active registration holds this token at this gateway.");
    }

    private static string? Problem(AtmRegisterRequest body)
    {
        if (body.Reference is null or { Length: 0 or > 100 })
        {
            return "'reference' is required (1-100 characters).";
        }

        if (body.Gateway is null or { Length: 0 or > 64 })
        {
            return "'gateway' is required (1-64 characters).";
        }

        if (body.Token is null || !TokenPattern().IsMatch(body.Token))
        {
            return "'token' must be 4-32 digits.";
        }

        if (body.Phone is not null && !PhonePattern().IsMatch(body.Phone))
        {
            return "'phone' must be 8-15 digits, optionally with a leading '+'.";
        }

        if (body.Amount is null or <= 0)
        {
            return "'amount' must be positive.";
        }

        if (body.Currency is null || !CurrencyPattern().IsMatch(body.Currency))
        {
            return "'currency' must be 3 capital letters.";
        }

        if (body.AuthoriseKey is null or { Length: 0 or > 200 })
        {
            return "'authoriseKey' is required (1-200 characters).";
        }

        return IsHttpUrl(body.AuthoriseUrl) ? null : "'authoriseUrl' must be an absolute http(s) URL.";
    }

    private SimResponse Query(SimRequest request)
    {
        var reference = Uri.UnescapeDataString(request.Path["/atm/tokens/".Length..]);
        return Tokens.Find(reference) is { } token
            ? SimResponse.Json(200, new
            {
                registrationId = token.RegistrationId,
                reference = token.Reference,
                gateway = token.Gateway,
                status = token.Status.ToString().ToUpperInvariant(),
                amount = token.Amount,
                currency = token.Currency,
                registeredAt = token.RegisteredAt,
                redeemedAt = token.RedeemedAt,
                terminalId = token.TerminalId,
            })
            : Refused(404, "ERROR", "UNKNOWN_REFERENCE", $"No token registered as '{reference}'.");
    }

    private static bool TryRead<T>(SimRequest request, out T body, out SimResponse invalid)
        where T : class
    {
        invalid = null!;
        body = null!;
        try
        {
            body = JsonSerializer.Deserialize<T>(request.Body, JsonOptions)!;
        }
        catch (JsonException)
        {
        }

        if (body is null)
        {
            invalid = Refused(400, "REJECTED", "INVALID_JSON", "The body is not a valid JSON object.");
            return false;
        }

        return true;
    }

    private static SimResponse Registered(int status, AtmToken token, bool duplicate) =>
        SimResponse.Json(status, new { registrationId = token.RegistrationId, status = "REGISTERED", reference = token.Reference, gateway = token.Gateway, duplicate });

    private static SimResponse Refused(int statusCode, string status, string code, string message) =>
        SimResponse.Json(statusCode, new { status, errorCode = code, errorMessage = message });

    private static StringContent JsonContent(object body) =>
        new(JsonSerializer.Serialize(body, JsonOptions), System.Text.Encoding.UTF8, "application/json");

    private static bool IsHttpUrl(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static string Digits(string phone) => new(phone.Where(char.IsAsciiDigit).ToArray());

    [GeneratedRegex("^[0-9]{4,32}$")]
    private static partial Regex TokenPattern();

    [GeneratedRegex(@"^\+?[0-9]{8,15}$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyPattern();
}
