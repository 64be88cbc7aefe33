using System.Globalization;
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

    private async Task<SimResponse> CashOutAsync(SimRequest request, CancellationToken cancellationToken)
    {
        if (!TryRead<AtmCashOutRequest>(request, out var body, out var invalid))
        {
            return invalid;
        }

        if (string.IsNullOrEmpty(body.Gateway) || string.IsNullOrEmpty(body.Token))
        {
            return Refused(400, "DECLINED", "MISSING_FIELD", "'gateway' and 'token' are required.");
        }

        var token = Tokens.FindByToken(body.Gateway, body.Token);
        if (token is null)
        {
            return Refused(404, "DECLINED", "INVALID_TOKEN", "The token is not valid at this network.");
        }

        if (token.Status == AtmTokenStatus.Redeemed)
        {
            return Refused(409, "DECLINED", "ALREADY_REDEEMED", "The token was already used.");
        }

        if (token.Phone is not null && (body.Phone is null || Digits(body.Phone) != token.Phone))
        {
            return Refused(403, "DECLINED", "PHONE_MISMATCH", "The phone number does not match the token.");
        }

        if (body.Amount is { } amount && amount != token.Amount)
        {
            return Refused(400, "DECLINED", "AMOUNT_MISMATCH", "The amount does not match the token.");
        }

        if (token.Expires is { } expires && Clock.GetUtcNow() >= expires)
        {
            return Refused(410, "DECLINED", "TOKEN_EXPIRED", "The token has expired.");
        }

        if (!Tokens.TryBegin(token.Reference))
        {
            return Refused(409, "DECLINED", "IN_PROGRESS", "The token is being used at another terminal.");
        }

        AtmToken? redeemed = null;
        try
        {
            var (authorised, status, reason) = await AuthoriseAsync(token, body, cancellationToken);
            if (!authorised)
            {
                return status is >= 500 or 0
                    ? Refused(502, "DECLINED", "ISSUER_UNAVAILABLE", reason)
                    : Refused(402, "DECLINED", "NOT_AUTHORISED", reason);
            }

            redeemed = token with { Status = AtmTokenStatus.Redeemed, RedeemedAt = Clock.GetUtcNow(), TerminalId = body.TerminalId };
            return SimResponse.Json(200, new
            {
                status = "DISPENSED",
                reference = token.Reference,
                gateway = token.Gateway,
                amount = token.Amount,
                currency = token.Currency,
                authorisationCode = Random.NextDigits(6),
            });
        }
        finally
        {
            Tokens.End(token.Reference, redeemed);
        }
    }

    /// <summary>Asks the issuer over HTTP; (true, status, "") when it answered 2xx.</summary>
    private async Task<(bool Authorised, int Status, string Reason)> AuthoriseAsync(AtmToken token, AtmCashOutRequest body, CancellationToken cancellationToken)
    {
        using var message = new HttpRequestMessage(HttpMethod.Post, token.AuthoriseUrl)
        {
            Content = JsonContent(new
            {
                reference = token.Reference,
                gateway = token.Gateway,
                token = token.Token,
                phone = body.Phone is null ? null : Digits(body.Phone),
                amount = token.Amount,
                terminalId = body.TerminalId,
            }),
        };
        message.Headers.TryAddWithoutValidation(KeyHeader, token.AuthoriseKey);
        try
        {
            using var response = await _issuer.SendAsync(message, cancellationToken);
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            var status = (int)response.StatusCode;
            return status is >= 200 and < 300 ? (true, status, "") : (false, status, DescriptionOf(text) ?? $"The issuer answered {status}.");
        }
        catch (HttpRequestException ex)
        {
            return (false, 0, "The issuer could not be reached: " + ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return (false, 0, string.Create(CultureInfo.InvariantCulture, $"The issuer did not answer within {_issuer.Timeout.TotalSeconds} s."));
        }
    }

    /// <summary>The first description of an Eclipse error envelope, if the body is one.</summary>
    private static string? DescriptionOf(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement is { ValueKind: JsonValueKind.Array } array && array.GetArrayLength() > 0
                && array[0].TryGetProperty("description", out var description) && description.ValueKind == JsonValueKind.String
                ? description.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
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
